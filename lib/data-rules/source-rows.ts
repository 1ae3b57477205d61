import { SourceSchema } from '../limit-schema';
import { describeIssues, rowName, type DataSet } from './data-set';

/** Every source matches the schema (a URL, a tier, a real date…), under an id of its own. */
export function sourceRowErrors(data: DataSet): string[] {
  const seen = new Set<string>();
  return data.sources.flatMap((raw, index) => {
    const parsed = SourceSchema.safeParse(raw);
    if (!parsed.success) {
      return [`source "${rowName(raw, index)}": ${describeIssues(parsed.error)}`];
    }
    const { id } = parsed.data;
    const duplicate = seen.has(id);
    seen.add(id);
    return duplicate ? [`source "${id}": duplicate id`] : [];
  });
}
