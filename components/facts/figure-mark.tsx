import { valueCaveat } from '@/lib/data/facts';
import type { SourcedValue } from '@/lib/data/caveat';

import { CaveatStar } from './caveat-star';
import type { Messages } from '@/lib/i18n/messages';
import { isMarkedValue } from '@/lib/view/trust';

/**
 * The mark of a figure or claim in prose with a caveat (`trustClaim`): "*" for the eye, the
 * caveat in words for screen readers. Nothing for an officially stated one.
 */
export function FigureMark({ claim, messages }: { claim: SourcedValue; messages: Messages }) {
  if (!isMarkedValue(claim)) return null;
  return (
    <CaveatStar caveat={messages.caveats[valueCaveat(claim)]} brackets={messages.punctuation} />
  );
}
