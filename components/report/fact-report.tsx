import { correctionHref, type CorrectionReport } from '@/lib/site/corrections';
import { interpolate } from '@/lib/i18n/format';
import type { Messages } from '@/lib/i18n/messages';
import { ZhRuns } from '../zh-runs';

type FactReportProps = {
  report: CorrectionReport;
  label: string;
  rowHref: string;
  /** Whether the build names a channel that a link can send the report to. */
  canSend: boolean;
  text: Messages['report'];
};

/**
 * The report about one fact, ready to copy. Hidden until a row's "report an error" link targets
 * it by its id (`:target`), so the page works without JavaScript and shows one report at a time.
 */
export function FactReport({ report, label, rowHref, canSend, text }: FactReportProps) {
  return (
    <section
      id={report.fact}
      className="not-prose mt-6 hidden scroll-mt-4 rounded-lg border-s-4 border-blue-800 bg-blue-50 p-4 target:block dark:border-sky-300 dark:bg-sky-950/40"
    >
      <h2 className="subsection-title">
        <ZhRuns>{interpolate(text.factTitle, { label })}</ZhRuns>
      </h2>
      <p className="mt-2">{text.copy}</p>
      <pre
        tabIndex={0}
        className="mt-2 rounded border border-stone-300 bg-white p-3 font-mono text-sm break-words whitespace-pre-wrap dark:border-stone-700 dark:bg-stone-950"
      >
        {report.body}
      </pre>
      <p className="mt-2 flex flex-wrap gap-x-4">
        <a href={rowHref}>{text.row}</a>
        {canSend && <a href={correctionHref(report)}>{text.send}</a>}
      </p>
    </section>
  );
}
