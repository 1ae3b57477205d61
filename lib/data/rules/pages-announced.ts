import { validChanges, type DataSet } from './data-set';

/** The changelog records when each page of the site went up (`change-rows` catches twice). */
export function pagesAnnouncedErrors(data: DataSet): string[] {
  const announced = new Set(
    validChanges(data).flatMap(({ change }) => (change.change === 'new-page' ? [change.page] : [])),
  );
  return data.pageKeys
    .filter((key) => !announced.has(key))
    .map((key) => `page "${key}": no "new-page" entry in the changelog`);
}
