import { localeName, locales } from '@/lib/i18n/locales';
import { getMessages } from '@/lib/site/messages';
import { ogFontFamily } from '@/components/og/fonts';

import { CardFrame } from './card-frame';

/** The root address's 1200×630 card: the site's name and what it is, in each of its languages. */
export function RootCard({ host }: { host: string }) {
  return (
    <CardFrame name={locales.map((locale) => localeName(locale)).join(' · ')} host={host}>
      <div
        style={{
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'center',
          gap: 36,
          flexGrow: 1,
        }}
      >
        {locales.map((locale) => {
          const { site } = getMessages(locale);
          return (
            <div key={locale} style={{ display: 'flex', flexDirection: 'column', gap: 6 }}>
              <div
                style={{
                  fontFamily: ogFontFamily.bold,
                  fontSize: 52,
                  lineHeight: 1.1,
                  color: '#1c1917',
                }}
              >
                {site.name}
              </div>
              <div style={{ fontSize: 28, lineHeight: 1.3, color: '#44403c' }}>{site.tagline}</div>
            </div>
          );
        })}
      </div>
    </CardFrame>
  );
}
