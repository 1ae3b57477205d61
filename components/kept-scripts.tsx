import { htmlLang, locales, type Locale } from '@/lib/i18n/locales';
import { inlineScript } from '@/lib/site/inline-script-code';
import { getMessages } from '@/lib/site/messages';
import { basePath, paths } from '@/lib/site/paths';
import { namedParam } from '@/lib/quiz/link';

/**
 * The inline scripts of `lib/site/inline-scripts.ts`, as elements: their text and their
 * arguments (`inlineScript`). They stay on pages the post-build step strips of the framework:
 * `data-keep` marks them.
 */
function KeptScript({ script }: { script: ReturnType<typeof inlineScript> }) {
  return (
    <script data-keep data-args={script.args} dangerouslySetInnerHTML={{ __html: script.code }} />
  );
}

export function ChooseLanguageScript() {
  return <KeptScript script={inlineScript('choose-language', locales, basePath)} />;
}

export function KeepHashScript() {
  return <KeptScript script={inlineScript('keep-hash')} />;
}

/** `from`: the outcome the page's address names, which the quiz compares with the answers. */
export function ForwardToQuizScript({ locale, from }: { locale: Locale; from: string }) {
  return (
    <KeptScript
      script={inlineScript(
        'forward-to-quiz',
        `${paths.quiz(locale)}?${namedParam}=${encodeURIComponent(from)}`,
      )}
    />
  );
}

export function SearchScript({ locale }: { locale: Locale }) {
  const messages = getMessages(locale);
  return (
    <KeptScript
      script={inlineScript('search-on-demand', paths.file('browser/search-dialog.js'), {
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
