// @ts-check
// Where scripts/build-browser.mjs writes the inline scripts it builds from browser/inline/, and
// lib/site/inline-script-code.ts reads them back while the pages render. Generated, ignored by
// git, and never served: the pages carry the text itself.

/** The folder, from the project's root. */
export const inlineScriptsFolder = 'generated/inline-scripts';
