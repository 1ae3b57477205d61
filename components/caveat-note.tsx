import { isMarked, type CaveatKind } from '@/lib/caveat';
import type { Messages } from '@/lib/i18n';

type CaveatNoteProps = {
  caveat: CaveatKind;
  messages: Pick<Messages, 'caveats' | 'punctuation'>;
  /** Within a line of text (after an alternative value), in brackets, not on its own line. */
  inline?: boolean;
};

/** What a figure's sources do and do not support, in words; nothing for an official figure. */
export function CaveatNote({ caveat, messages, inline = false }: CaveatNoteProps) {
  if (!isMarked(caveat)) return null;
  const text = messages.caveats[caveat];
  return inline ? (
    <span className="text-amber-900 dark:text-amber-200" data-caveat={caveat}>
      {`${messages.punctuation.open}${text}${messages.punctuation.close}`}
    </span>
  ) : (
    <span className="mt-1 block text-sm text-amber-900 dark:text-amber-200" data-caveat={caveat}>
      <span aria-hidden="true">⚠ </span>
      {text}
    </span>
  );
}
