import { locales, type Locale } from '@/lib/i18n';
import {
  chooseLanguage,
  forwardToQuiz,
  inlineScript,
  quizFragmentText,
  keepHashOnLanguageLinks,
} from '@/lib/inline-scripts';
import { basePath, paths } from '@/lib/paths';
import { answerFragment, plainFragment } from '@/lib/quiz/link';

/**
 * The inline scripts of `lib/inline-scripts.ts`, as elements. They stay on pages the post-build
 * step strips of the framework: `data-keep` marks them.
 */
function KeptScript({ code }: { code: string }) {
  return <script data-keep dangerouslySetInnerHTML={{ __html: code }} />;
}

export function ChooseLanguageScript() {
  return <KeptScript code={inlineScript(chooseLanguage, locales, basePath)} />;
}

export function KeepHashScript() {
  return <KeptScript code={inlineScript(keepHashOnLanguageLinks)} />;
}

export function ForwardToQuizScript({ locale }: { locale: Locale }) {
  return (
    <KeptScript
      code={inlineScript(
        forwardToQuiz,
        paths.quiz(locale),
        quizFragmentText,
        answerFragment,
        plainFragment,
      )}
    />
  );
}
