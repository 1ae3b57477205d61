import { correctionReport, correctionsHome } from '@/lib/site/corrections';
import { subjectTitles } from '@/lib/site/articles';
import { factsBySubject } from '@/lib/view/fact-groups';
import { getFacts } from '@/lib/data/facts';
import { getMessages } from '@/lib/site/messages';
import { paths } from '@/lib/site/paths';
import { getSharePage } from '@/lib/site/share-pages';
import { correctionsTarget } from '@/lib/site/site';
import { FactPicker } from '@/components/fact-picker';
import { PerFactPage } from '@/components/per-fact-page';
import { FactReport } from '@/components/report/fact-report';
import type { Locale } from '@/lib/i18n/locales';

export async function ReportPage({ locale }: { locale: Locale }) {
  const messages = getMessages(locale);
  const text = messages.report;
  const page = await getSharePage(locale, 'report');
  const canSend = correctionsTarget.kind !== 'site';
  const groups = factsBySubject(await subjectTitles(locale));
  return (
    <PerFactPage locale={locale} messages={messages} page={page} text={text}>
      {getFacts().map((fact) => (
        <FactReport
          key={fact.id}
          report={correctionReport(fact, locale, messages)}
          label={messages.facts[fact.id]}
          rowHref={paths.row(locale, fact.topic, fact.id)}
          canSend={canSend}
          text={text}
        />
      ))}
      <h2>{text.includeTitle}</h2>
      <ul>
        {text.include.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <h2>{text.sendTitle}</h2>
      {canSend ? (
        <>
          <p>{text.sendVia}</p>
          <p>
            <a href={correctionsHome(locale)}>{text.sendLink}</a>
          </p>
        </>
      ) : (
        <p>{text.noChannel}</p>
      )}
      <h2>{text.checkTitle}</h2>
      <p>{text.check}</p>
      <p>
        <a href={paths.page(locale, 'changes')}>{text.changesLink}</a>
      </p>
      <h2>{text.dataTitle}</h2>
      <p>{text.data}</p>
      <p>
        <a href={paths.page(locale, 'open-data')}>{text.openDataLink}</a>
      </p>
      <FactPicker
        groups={groups}
        title={text.pickTitle}
        intro={text.pickIntro}
        hrefOf={(factId) => paths.report(locale, factId)}
        messages={messages}
      />
    </PerFactPage>
  );
}
