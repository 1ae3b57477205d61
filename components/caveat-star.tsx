/**
 * The mark of a figure with a caveat: "*" for the eye, the caveat in words for screen
 * readers. Takes the words ready-made, so client components can use it without the data.
 */
export function CaveatStar({ caveat }: { caveat: string }) {
  return (
    <>
      <sup aria-hidden="true">*</sup>
      <span className="sr-only"> ({caveat})</span>
    </>
  );
}
