import { customers } from '@/lib/quiz/questions/customers';
import { quizData } from '@/lib/quiz/data';
import { figureNumber } from '@/lib/quiz/define';
import { optionNeed } from '@/lib/quiz/engine';
import type { Data } from '@/lib/quiz/types';

import { estimate, type CostItem, type CostPrices } from './estimate';

export type CostHint = {
  /** The customers answer it belongs to. */
  optionId: (typeof customers.options)[number]['id'];
  /** The answer's range: "up to `bound`" customers, or "more than `bound`" when open. */
  bound: number;
  open: boolean;
  members: number;
  /** The estimate's floor for a small verified organisation in mainland China. */
  low: number;
  /** The priced lines the floor adds up: their prices' caveats go with it. */
  items: CostItem[];
};

/**
 * What WeCom would cost, for each answer to the quiz's customers question, worked out at build
 * time with the estimator's function: a small verified organisation in mainland China, with
 * the most customers the answer allows (just over its floor when it has no ceiling). The quiz
 * shows the floor and links to the estimator, so it ships none of the estimator's code. The
 * answers' bounds come from `data` (the quiz's data; a test passes its own).
 */
export function costHints(prices: CostPrices, data: Data = quizData()): CostHint[] {
  return customers.options.map((option) => {
    const open = !('upTo' in option);
    const bound = open ? figureNumber(option.above, data) : optionNeed(option, data);
    const result = estimate(
      {
        members: prices.smallMaxMembers,
        contacts: optionNeed(option, data),
        verified: true,
        mainland: true,
        archivedMembers: 0,
        providerAppMembers: 0,
      },
      prices,
    );
    return {
      optionId: option.id,
      bound,
      open,
      members: prices.smallMaxMembers,
      low: result.total.low,
      items: result.lines.filter((line) => line.amount !== null).map((line) => line.item),
    };
  });
}
