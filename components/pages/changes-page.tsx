import { changeAnchor, publishedChangelog } from '@/lib/data/changes';
import { getMessages } from '@/lib/site/messages';
import { paths } from '@/lib/site/paths';
import { getSharePage, sharePages } from '@/lib/site/share-pages';
import { breadcrumbList } from '@/lib/site/structured-data';
import { ValueChange } from '@/components/changes/value-change';
import { PageChange } from '@/components/changes/page-change';
import { JsonLd } from '@/components/json-ld';
import { PageFrame } from '@/components/layout/page-frame';
import type { Locale } from '@/lib/i18n/locales';

export async function ChangesPage({ locale }: { locale: Locale }) {
  const messages = getMessages(locale);
  const page = await getSharePage(locale, 'changes');
  const pages = new Map((await sharePages(locale)).map((other) => [other.key, other]));
  const changes = publishedChangelog().reverse();
  const valueChanges = changes.filter((change) => change.change !== 'new-page');
  const pageChanges = changes.filter((change) => change.change === 'new-page');
  return (
    <PageFrame locale={locale} path={page.path}>
      <JsonLd data={breadcrumbList(page, locale, messages)} />
      <h1 className="page-title">{messages.changes.title}</h1>
      <p className="mt-4 max-w-3xl">{messages.changes.intro}</p>
      <p className="mt-4 max-w-3xl">
        <a href={paths.feed(locale)} type="application/atom+xml" className="font-semibold">
          {messages.subscribe.feedLink}
        </a>
        <span className="mt-1 block text-sm text-stone-700 dark:text-stone-300">
          {messages.subscribe.feedHint}
        </span>
      </p>
      <section aria-labelledby="figure-changes" className="mt-10 max-w-3xl">
        <h2 id="figure-changes" className="section-title">
          {messages.changes.figuresTitle}
        </h2>
        <ol className="mt-6 space-y-10">
          {valueChanges.map((change) => (
            <ValueChange
              key={changeAnchor(change)}
              change={change}
              locale={locale}
              messages={messages}
            />
          ))}
        </ol>
      </section>
      <section aria-labelledby="page-changes" className="mt-12 max-w-3xl">
        <h2 id="page-changes" className="section-title">
          {messages.changes.pagesTitle}
        </h2>
        <ol className="mt-4 space-y-3">
          {pageChanges.map((change) => (
            <PageChange
              key={changeAnchor(change)}
              change={change}
              // sharePages has every page key (it stops the build otherwise).
              page={pages.get(change.page)!}
              locale={locale}
            />
          ))}
        </ol>
      </section>
    </PageFrame>
  );
}
