// `npm run build` runs this after `next build`: it shapes the export for speed (see
// "Performance" in the README) and makes the search index. Nothing is written until every step has succeeded on every page; an export it did not finish is not
// marked complete, so `npm start` builds again.
import { siteConfig } from '../../shared/site-config.mjs';
import { commitChanges } from './commit.mjs';
import { planPostbuild } from './plan.mjs';
import { planSearch } from './search.mjs';

const outDir = 'out';

try {
  const changes = planPostbuild(outDir, siteConfig(process.env));
  // The index is made from the pages as they will ship, before anything is written.
  const search = await planSearch(outDir, changes.writes);
  const summary = `${changes.summary}; ${search.summary}`;
  commitChanges(outDir, {
    ...changes,
    writes: new Map([...changes.writes, ...search.writes]),
    summary,
  });
  console.log(summary);
} catch (error) {
  console.error(`postbuild failed, ${outDir}/ is not marked complete: ${String(error)}`);
  process.exit(1);
}
