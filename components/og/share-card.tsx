import type { Locale, Messages } from '@/lib/i18n';
import { ogFontFamily } from '@/lib/og-fonts';
import type { SharePage } from '@/lib/share-pages';

import { FigureRows } from './figure-rows';

type ShareCardProps = { page: SharePage; locale: Locale; messages: Messages; host: string };

/** The 1200×630 link preview: site, page title and its key figures side by side. */
export function ShareCard({ page, locale, messages, host }: ShareCardProps) {
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        padding: '44px 56px',
        background: '#fafaf9',
        borderLeft: '16px solid #1e40af',
        fontFamily: ogFontFamily.regular,
      }}
    >
      <div
        style={{ display: 'flex', justifyContent: 'space-between', fontSize: 24, color: '#57534e' }}
      >
        <div style={{ fontFamily: ogFontFamily.bold }}>{messages.site.name}</div>
        <div>{host}</div>
      </div>
      <div
        style={{
          fontFamily: ogFontFamily.bold,
          fontSize: page.title.length > 40 ? 46 : 54,
          lineHeight: 1.1,
          color: '#1c1917',
          marginTop: 14,
          marginBottom: 18,
          // Never squeezed under its own lines by tall rows below (it used to overlap them).
          flexShrink: 0,
        }}
      >
        {page.title}
      </div>
      {page.facts.length > 0 ? (
        <FigureRows facts={page.facts} locale={locale} messages={messages} scale={1} />
      ) : (
        <div style={{ fontSize: 30, color: '#44403c', lineHeight: 1.35 }}>{page.description}</div>
      )}
    </div>
  );
}
