import type { Messages } from '@/lib/i18n';
import { anyMarked, type Limit } from '@/lib/limits';

type CaveatLegendProps = { facts: readonly Limit[]; messages: Messages };

/** What the mark on an inline figure means, on pages whose figures carry one. */
export function CaveatLegend({ facts, messages }: CaveatLegendProps) {
  if (!anyMarked(facts)) return null;
  return (
    <p className="mt-4 text-sm text-stone-700 dark:text-stone-300">{messages.article.caveatMark}</p>
  );
}
