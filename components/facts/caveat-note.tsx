import { trustClaim } from '@/lib/view/trust';
import type { CaveatKind } from '@/lib/schema/vocabulary';
import type { Messages } from '@/lib/i18n/messages';

type CaveatNoteProps = { caveat: CaveatKind; messages: Pick<Messages, 'caveats'> };

/** What a figure's sources do and do not support, in words; nothing for an official figure. */
export function CaveatNote({ caveat, messages }: CaveatNoteProps) {
  const { words } = trustClaim(caveat);
  if (words === null) return null;
  return (
    <span className="mt-1 block text-sm text-amber-900 dark:text-amber-200" data-caveat={caveat}>
      <span aria-hidden="true">⚠ </span>
      {messages.caveats[words]}
    </span>
  );
}
