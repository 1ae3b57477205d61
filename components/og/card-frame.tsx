import type { ReactNode } from 'react';

import { ogFontFamily } from '@/components/og/fonts';

type CardFrameProps = {
  /** The top line: what the site is called (left) and where it lives (right). */
  name: string;
  host: string;
  /** The card's heading; a card of several headings (the root's) draws its own. */
  title?: string;
  children: ReactNode;
};

/** What every 1200×630 card shares, for Satori: paper, the blue edge, the top line, a title. */
export function CardFrame({ name, host, title, children }: CardFrameProps) {
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
        <div style={{ fontFamily: ogFontFamily.bold }}>{name}</div>
        <div>{host}</div>
      </div>
      {title && (
        <div
          style={{
            fontFamily: ogFontFamily.bold,
            fontSize: title.length > 40 ? 46 : 54,
            lineHeight: 1.1,
            color: '#1c1917',
            marginTop: 14,
            marginBottom: 18,
            // Never squeezed under its own lines by tall rows below (it used to overlap them).
            flexShrink: 0,
          }}
        >
          {title}
        </div>
      )}
      {children}
    </div>
  );
}
