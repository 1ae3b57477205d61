import { FactSchema } from '../../schema/fact-schema';
import { rowErrors, type DataSet } from './data-set';

/** Every fact matches the schema (values, units, confidence, dates…), under an id of its own. */
export function factRowErrors(data: DataSet): string[] {
  return rowErrors('fact', data.facts, FactSchema);
}
