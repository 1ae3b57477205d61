import { htmlLang, locales, type Locale } from '@/lib/i18n/locales';
import {
  chooseLanguage,
  forwardToQuiz,
  inlineScript,
  quizFragmentText,
  keepHashOnLanguageLinks,
  searchOnDemand,
} from '@/lib/site/inline-scripts';
import { getMessages } from '@/lib/site/messages';
import { basePath, paths } from '@/lib/site/paths';
import { answerFragment, namedParam, plainFragment } from '@/lib/quiz/link';

/**
 * The inline scripts of `lib/site/inline-scripts.ts`, as elements. They stay on pages the post-build
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

/** `from`: the outcome the page's address names, which the quiz compares with the answers. */
export function ForwardToQuizScript({ locale, from }: { locale: Locale; from: string }) {
  return (
    <KeptScript
      code={inlineScript(
        forwardToQuiz,
        `${paths.quiz(locale)}?${namedParam}=${encodeURIComponent(from)}`,
        quizFragmentText,
        answerFragment,
        plainFragment,
      )}
    />
  );
}

export function SearchScript({ locale }: { locale: Locale }) {
  const messages = getMessages(locale);
  return (
    <KeptScript
      code={inlineScript(searchOnDemand, paths.file('browser/search-dialog.js'), {
        text: messages.search,
        browse: [
          { href: paths.page(locale, 'comparison'), label: messages.site.nav.overview },
          { href: paths.page(locale, 'glossary'), label: messages.glossary.footerLink },
        ],
        pagefind: paths.file('pagefind/pagefind.js'),
        baseUrl: `${basePath}/`,
        lang: htmlLang(locale),
      })}
    />
  );
}
