import { claimCaveat } from '@/lib/data/facts';
import type { Claim } from '@/lib/data/caveat';

import { CaveatStar } from './caveat-star';
import type { Messages } from '@/lib/i18n/messages';
import { isMarkedFigure } from '@/lib/view/trust';

/**
 * The mark of a figure or claim in prose with a caveat (`trustClaim`): "*" for the eye, the
 * caveat in words for screen readers. Nothing for an officially stated one.
 */
export function FigureMark({ claim, messages }: { claim: Claim; messages: Messages }) {
  if (!isMarkedFigure(claim)) return null;
  return (
    <CaveatStar caveat={messages.caveats[claimCaveat(claim)]} brackets={messages.punctuation} />
  );
}
