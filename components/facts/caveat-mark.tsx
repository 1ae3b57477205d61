import { trustClaim } from '@/lib/view/trust';
import type { CaveatKind } from '@/lib/schema/vocabulary';
import type { Messages } from '@/lib/i18n/messages';

type CaveatMarkProps = { caveat: CaveatKind; messages: Pick<Messages, 'caveats' | 'caveatShort'> };

/**
 * A caveat in a table cell: a compact mark with a word ("⚠ proveedores"), the full wording
 * one tap away. Works without JavaScript; the word, not only the colour, carries the meaning.
 */
export function CaveatMark({ caveat, messages }: CaveatMarkProps) {
  const { words } = trustClaim(caveat);
  if (words === null) return null;
  return (
    <>
      <details className="caveat-mark mt-1 text-sm print:hidden" data-caveat={caveat}>
        <summary className="cursor-pointer">
          <span aria-hidden="true">⚠ </span>
          {messages.caveatShort[words]}
        </summary>
        <span className="block">{messages.caveats[words]}</span>
      </details>
      {/* Paper cannot be tapped: a printed table gives the full wording. */}
      <span className="caveat-print hidden text-sm print:block">⚠ {messages.caveats[words]}</span>
    </>
  );
}
