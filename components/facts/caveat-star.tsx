import type { Brackets } from '@/lib/i18n/messages';

/**
 * The mark of a figure with a caveat: "*" for the eye, the caveat in words for screen
 * readers, in the language's own brackets (full-width in Chinese). Takes the words ready-made,
 * so client components can use it without the data.
 */
export function CaveatStar({ caveat, brackets }: { caveat: string; brackets: Brackets }) {
  return (
    <>
      <sup aria-hidden="true">*</sup>
      <span className="sr-only">
        {brackets.open}
        {caveat}
        {brackets.close}
      </span>
    </>
  );
}
