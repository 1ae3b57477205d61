// An outcome page's script: `forwardToQuiz` (lib/site/inline-scripts.ts), run with the page's
// arguments. scripts/build-browser.mjs builds it into the text the pages carry inline.
import { forwardToQuiz, runInlineScript } from '../../lib/site/inline-scripts';

runInlineScript(window, forwardToQuiz);
