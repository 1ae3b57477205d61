import { smallOrganisationFloor, type CostFloor } from '../costs/floor';
import type { CostPrices } from '../costs/estimate';

import { quizData } from './data';
import { cellNumber } from './define';
import { optionNeed } from './engine';
import type { OptionId } from '../schema/quiz-words';
import { customers } from './questions/customers';
import type { Data } from './types';

export type CostHint = CostFloor & {
  /** The customers answer it belongs to. */
  optionId: OptionId<'customers'>;
  /** The answer's range: "up to `bound`" customers, or "more than `bound`" when open. */
  bound: number;
  open: boolean;
};

/**
 * What WeCom would cost, for each answer to the customers question, worked out at build time
 * with the estimator's function (`smallOrganisationFloor`): a small verified organisation in
 * mainland China, with the most customers the answer allows (just over its floor when it has
 * no ceiling). The quiz shows the floor and links to the estimator, so it ships none of the
 * estimator's code. The answers' bounds come from `data` (the quiz's data; a test passes its own).
 */
export function costHints(prices: CostPrices, data: Data = quizData()): CostHint[] {
  return customers.options.map((option) => {
    const open = !('upTo' in option);
    const need = optionNeed(option, data);
    return {
      optionId: option.id,
      bound: open ? cellNumber(option.above, data) : need,
      open,
      ...smallOrganisationFloor(need, prices),
    };
  });
}
