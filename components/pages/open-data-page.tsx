import { dataVersion } from '@/lib/data/changes';
import { interpolate } from '@/lib/i18n/format';
import { getFact, getFacts } from '@/lib/data/facts';
import { getMessages } from '@/lib/site/messages';
import { getSharePage } from '@/lib/site/share-pages';
import { breadcrumbList } from '@/lib/site/structured-data';
import { Freshness } from '@/components/freshness';
import { JsonLd } from '@/components/json-ld';
import { PageFrame } from '@/components/layout/page-frame';
import type { Locale } from '@/lib/i18n/locales';
import { paths } from '@/lib/site/paths';

const files = [
  { key: 'json', href: paths.file('data/limits.json') },
  { key: 'csv', href: paths.file('data/limits.csv') },
  { key: 'schema', href: paths.file('data/limits.schema.json') },
] as const;

const exampleFact = 'groups.qr-linked-groups';

export async function OpenDataPage({ locale }: { locale: Locale }) {
  const messages = getMessages(locale);
  const text = messages.openData;
  const page = await getSharePage(locale, 'open-data');
  return (
    <PageFrame locale={locale} path={page.path}>
      <JsonLd data={breadcrumbList(page, locale, messages)} />
      <article className="prose prose-stone max-w-3xl dark:prose-invert prose-a:text-blue-800 dark:prose-a:text-sky-300">
        <h1>{text.title}</h1>
        <p>{text.intro}</p>
        <h2>{text.filesTitle}</h2>
        <ul>
          {files.map((file) => (
            <li key={file.key}>
              <a href={file.href}>
                <code>{file.href}</code>
              </a>
              : {text.files[file.key]}
            </li>
          ))}
        </ul>
        <p>{interpolate(text.version, { version: dataVersion() })}</p>
        <h2>{text.fieldsTitle}</h2>
        <dl>
          {Object.entries(text.fields).map(([field, description]) => (
            <div key={field}>
              <dt>
                <code>{field === 'sourceList' ? 'sources[]' : field}</code>
              </dt>
              <dd>{description}</dd>
            </div>
          ))}
        </dl>
        <h2>{text.exampleTitle}</h2>
        <pre tabIndex={0}>
          <code>{JSON.stringify(getFact(exampleFact), null, 2)}</code>
        </pre>
        <h2>{text.licenceTitle}</h2>
        <p>
          <a href="https://creativecommons.org/licenses/by/4.0/" rel="license">
            CC BY 4.0
          </a>
          . {text.licence}
        </p>
        <h2>{text.correctionsTitle}</h2>
        <p>{text.corrections}</p>
      </article>
      <Freshness facts={getFacts()} locale={locale} messages={messages} />
    </PageFrame>
  );
}
