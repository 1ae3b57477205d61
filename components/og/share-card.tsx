import type { Locale } from '@/lib/i18n/locales';
import type { SharePage } from '@/lib/site/share-pages';

import { CardFrame } from './card-frame';
import { FigureRows } from './figure-rows';
import type { Messages } from '@/lib/i18n/messages';

type ShareCardProps = { page: SharePage; locale: Locale; messages: Messages; host: string };

/** The 1200×630 link preview: site, page title and its key figures side by side. */
export function ShareCard({ page, locale, messages, host }: ShareCardProps) {
  return (
    <CardFrame name={messages.site.name} host={host} title={page.title}>
      {page.facts.length > 0 ? (
        <FigureRows facts={page.facts} locale={locale} messages={messages} scale={1} />
      ) : (
        <div style={{ fontSize: 30, color: '#44403c', lineHeight: 1.35 }}>{page.description}</div>
      )}
    </CardFrame>
  );
}
