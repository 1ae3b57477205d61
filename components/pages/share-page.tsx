import { factShare } from '@/lib/fact-cards';
import { factsBySubject, subjectTitles } from '@/lib/fact-groups';
import { getLimits } from '@/lib/limits';
import { getMessages } from '@/lib/messages';
import { paths } from '@/lib/paths';
import { getSharePage } from '@/lib/share-pages';
import { breadcrumbList } from '@/lib/structured-data';
import { FactPicker, pickerId } from '@/components/fact-picker';
import { JsonLd } from '@/components/json-ld';
import { PageFrame } from '@/components/layout/page-frame';
import { FactShareSection } from '@/components/share/fact-share-section';
import type { Locale } from '@/lib/i18n';

/** How to share a figure: each fact's card, row address and embed code, one at a time. */
export async function SharePage({ locale }: { locale: Locale }) {
  const messages = getMessages(locale);
  const text = messages.factShare;
  const page = await getSharePage(locale, 'share');
  const groups = factsBySubject(await subjectTitles(locale));
  return (
    <PageFrame locale={locale} path={page.path}>
      <JsonLd data={breadcrumbList(page, locale, messages)} />
      <article className="prose prose-stone max-w-3xl dark:prose-invert prose-a:text-blue-800 dark:prose-a:text-sky-300">
        <h1>{text.title}</h1>
        <p>{text.intro}</p>
        <p>
          <a href={`#${pickerId}`}>{text.pickTitle}</a>
        </p>
        {getLimits().map((fact) => (
          <FactShareSection key={fact.id} share={factShare(fact, locale, messages)} text={text} />
        ))}
        <FactPicker
          groups={groups}
          title={text.pickTitle}
          intro={text.pickIntro}
          hrefOf={(factId) => paths.share(locale, factId)}
          messages={messages}
        />
      </article>
    </PageFrame>
  );
}
