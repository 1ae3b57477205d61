// Every language page's search loader: `searchOnDemand` (lib/site/inline-scripts.ts), run with the page's
// arguments. scripts/build-browser.mjs builds it into the text the pages carry inline.
import { searchOnDemand, runInlineScript } from '../../lib/site/inline-scripts';

runInlineScript(window, searchOnDemand);
