import { localeParam } from '@/lib/route-params';
import { getQuizText } from '@/lib/messages';
import { DecisionGuide, guideId } from '@/components/quiz/decision-guide';

type PageProps = { params: Promise<{ lang: string }> };

/**
 * Not a page of the site: the build exports the quiz's decision guide here, and
 * `scripts/strip-runtime.mjs` moves it into the quiz page, after React's tree, then removes this
 * page. The guide is static, so React has nothing to hydrate in it.
 */
export default async function DecisionGuidePart({ params }: PageProps) {
  const locale = await localeParam(params);
  return (
    <div data-static-part="" id={guideId} className="mx-auto w-full max-w-5xl px-4 pb-8">
      <DecisionGuide text={getQuizText(locale)} />
    </div>
  );
}
