import { getMessages } from '@/lib/site/messages';
import { getSharePage } from '@/lib/site/share-pages';
import { breadcrumbList } from '@/lib/site/structured-data';
import { GlossaryTable } from '@/components/glossary-table';
import { JsonLd } from '@/components/json-ld';
import { PageFrame } from '@/components/layout/page-frame';
import type { Locale } from '@/lib/i18n/locales';

export async function GlossaryPage({ locale }: { locale: Locale }) {
  const messages = getMessages(locale);
  const page = await getSharePage(locale, 'glossary');
  return (
    <PageFrame locale={locale} path={page.path} searchable>
      <JsonLd data={breadcrumbList(page, locale, messages)} />
      <h1 className="page-title">{messages.glossary.title}</h1>
      <p className="mt-4 max-w-3xl">{messages.glossary.intro}</p>
      <p className="mt-2 text-sm text-stone-700 dark:text-stone-300">
        † {messages.glossary.unofficial}
      </p>
      <GlossaryTable locale={locale} messages={messages} />
    </PageFrame>
  );
}
