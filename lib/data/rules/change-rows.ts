import { changeAnchor } from '../../data/changes';
import { ChangeSchema } from '../../schema/changelog-schema';
import { changeName, describeIssues, type DataSet } from './data-set';

/**
 * Every changelog entry matches the schema, and no two are the same entry: the anchor is the
 * entry's address on the changes page and its id in the feed.
 */
export function changeRowErrors(data: DataSet): string[] {
  const anchors = new Map<string, string>();
  return data.changes.flatMap((raw, index) => {
    const name = changeName(index);
    const parsed = ChangeSchema.safeParse(raw);
    if (!parsed.success) return [`${name}: ${describeIssues(parsed.error)}`];
    const anchor = changeAnchor(parsed.data);
    const first = anchors.get(anchor);
    anchors.set(anchor, name);
    return first ? [`${name}: the same entry as ${first} (${anchor})`] : [];
  });
}
