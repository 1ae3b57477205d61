import { changeRowErrors } from './change-rows';
import { changeTargetErrors } from './change-targets';
import type { DataRule, DataSet } from './data-set';
import { factRowErrors } from './fact-rows';
import { highConfidenceErrors } from './high-confidence';
import { knownSourceErrors } from './known-sources';
import { pagesAnnouncedErrors } from './pages-announced';
import { quoteErrors } from './quotes';
import { seedCorrectionsLoggedErrors } from './seed-corrections-logged';
import { sourceRowErrors } from './source-rows';
import { sourceTitleErrors } from './source-titles';
import { uncitedSourceErrors } from './uncited-sources';

/** Every data rule, by the name of its file in lib/data/rules/. */
export const dataRules: Readonly<Record<string, DataRule>> = {
  'source-rows': sourceRowErrors,
  'fact-rows': factRowErrors,
  'known-sources': knownSourceErrors,
  'high-confidence': highConfidenceErrors,
  'change-rows': changeRowErrors,
  'change-targets': changeTargetErrors,
  quotes: quoteErrors,
  'uncited-sources': uncitedSourceErrors,
  'pages-announced': pagesAnnouncedErrors,
  'seed-corrections-logged': seedCorrectionsLoggedErrors,
  'source-titles': sourceTitleErrors,
};

/** Every problem any rule finds, each prefixed with the rule that found it. */
export function findDataErrors(
  data: DataSet,
  rules: Readonly<Record<string, DataRule>> = dataRules,
): string[] {
  return Object.entries(rules).flatMap(([name, rule]) =>
    rule(data).map((error) => `${name}: ${error}`),
  );
}

/** The report that stops the build: one line per problem, or nothing when the data is sound. */
export function dataErrorReport(errors: readonly string[]): string | null {
  if (errors.length === 0) return null;
  return `Invalid data (content/*.ts; each rule is lib/data/rules/<rule>.ts):\n- ${errors.join('\n- ')}`;
}
