// Every language page's script: `keepHashOnLanguageLinks` (lib/site/inline-scripts.ts), run with the page's
// arguments. scripts/build-browser.mjs builds it into the text the pages carry inline.
import { keepHashOnLanguageLinks, runInlineScript } from '../../lib/site/inline-scripts';

runInlineScript(window, keepHashOnLanguageLinks);
