import { FactSchema } from '../limit-schema';
import { describeIssues, rowName, type DataSet } from './data-set';

/** Every fact matches the schema (values, units, confidence, dates…), under an id of its own. */
export function factRowErrors(data: DataSet): string[] {
  const seen = new Set<string>();
  return data.facts.flatMap((raw, index) => {
    const parsed = FactSchema.safeParse(raw);
    if (!parsed.success) {
      return [`fact "${rowName(raw, index)}": ${describeIssues(parsed.error)}`];
    }
    const { id } = parsed.data;
    const duplicate = seen.has(id);
    seen.add(id);
    return duplicate ? [`fact "${id}": duplicate id`] : [];
  });
}
