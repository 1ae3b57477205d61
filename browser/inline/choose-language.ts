// The root page's script: `chooseLanguage` (lib/site/inline-scripts.ts), run with the page's
// arguments. scripts/build-browser.mjs builds it into the text the pages carry inline.
import { chooseLanguage, runInlineScript } from '../../lib/site/inline-scripts';

runInlineScript(window, chooseLanguage);
