import type { Messages } from '@/lib/i18n';
import { claimCaveat, isMarkedFigure } from '@/lib/limits';
import type { Claim } from '@/lib/caveat';

import { CaveatStar } from './caveat-star';

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
