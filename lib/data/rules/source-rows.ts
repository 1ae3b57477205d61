import { SourceSchema } from '../../schema/fact-schema';
import { rowErrors, type DataSet } from './data-set';

/** Every source matches the schema (a URL, a tier, a real date…), under an id of its own. */
export function sourceRowErrors(data: DataSet): string[] {
  return rowErrors('source', data.sources, SourceSchema);
}
