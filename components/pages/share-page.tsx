import { factShare } from '@/lib/fact-cards/fact-cards';
import { subjectTitles } from '@/lib/site/articles';
import { factsBySubject } from '@/lib/view/fact-groups';
import { getFacts } from '@/lib/data/facts';
import { getMessages } from '@/lib/site/messages';
import { paths } from '@/lib/site/paths';
import { getSharePage } from '@/lib/site/share-pages';
import { FactPicker } from '@/components/fact-picker';
import { PerFactPage } from '@/components/per-fact-page';
import { FactShareSection } from '@/components/share/fact-share-section';
import type { Locale } from '@/lib/i18n/locales';

/** How to share a figure: each fact's card, row address and embed code, one at a time. */
export async function SharePage({ locale }: { locale: Locale }) {
  const messages = getMessages(locale);
  const text = messages.factShare;
  const page = await getSharePage(locale, 'share');
  const groups = factsBySubject(await subjectTitles(locale));
  return (
    <PerFactPage locale={locale} messages={messages} page={page} text={text}>
      {getFacts().map((fact) => (
        <FactShareSection
          key={fact.id}
          share={factShare(fact, locale, messages)}
          text={text}
          colon={messages.punctuation.colon}
        />
      ))}
      <FactPicker
        groups={groups}
        title={text.pickTitle}
        intro={text.pickIntro}
        hrefOf={(factId) => paths.share(locale, factId)}
        messages={messages}
      />
    </PerFactPage>
  );
}
