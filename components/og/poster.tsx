import type { Locale } from '@/lib/i18n/locales';
import { ogFontFamily } from '@/components/og/fonts';
import type { SharePage } from '@/lib/site/share-pages';

import { FigureRows } from './figure-rows';
import type { Messages } from '@/lib/i18n/messages';

type PosterProps = {
  page: SharePage;
  locale: Locale;
  messages: Messages;
  url: string;
  qrSvg: string;
};

/** The 1080×1440 portrait poster to save and share in WeChat, with a QR code of the page. */
export function Poster({ page, locale, messages, url, qrSvg }: PosterProps) {
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        padding: 72,
        background: '#fafaf9',
        borderTop: '20px solid #1e40af',
        fontFamily: ogFontFamily.regular,
      }}
    >
      <div style={{ fontFamily: ogFontFamily.bold, fontSize: 34, color: '#57534e' }}>
        {messages.site.name}
      </div>
      <div
        style={{
          fontFamily: ogFontFamily.bold,
          fontSize: 72,
          lineHeight: 1.1,
          color: '#1c1917',
          marginTop: 24,
        }}
      >
        {page.title}
      </div>
      <div
        style={{
          fontSize: 32,
          lineHeight: 1.35,
          color: '#44403c',
          marginTop: 24,
          marginBottom: 40,
        }}
      >
        {page.description}
      </div>
      <FigureRows facts={page.facts} locale={locale} messages={messages} scale={1.3} />
      <div style={{ display: 'flex', alignItems: 'center', gap: 40, marginTop: 'auto' }}>
        {/* eslint-disable-next-line @next/next/no-img-element -- Satori renders <img>, not next/image */}
        <img
          src={`data:image/svg+xml;base64,${Buffer.from(qrSvg).toString('base64')}`}
          width={260}
          height={260}
          alt=""
        />
        <div
          style={{
            display: 'flex',
            flexDirection: 'column',
            fontSize: 28,
            color: '#44403c',
            flex: 1,
          }}
        >
          <div style={{ fontFamily: ogFontFamily.bold, color: '#1c1917' }}>
            {messages.share.posterCta}
          </div>
          <div style={{ marginTop: 8, wordBreak: 'break-all' }}>{url}</div>
        </div>
      </div>
    </div>
  );
}
