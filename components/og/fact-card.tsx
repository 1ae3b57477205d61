import { factCardSource } from '@/lib/fact-cards/fact-cards';
import type { Locale } from '@/lib/i18n/locales';
import type { Fact } from '@/lib/data/facts';
import { ogFontFamily } from '@/components/og/fonts';

import { CardFrame } from './card-frame';
import { FigureRows } from './figure-rows';
import type { Messages } from '@/lib/i18n/messages';

type FactCardProps = {
  fact: Fact;
  locale: Locale;
  messages: Messages;
  host: string;
  /** The fact's row, without the scheme: where the card sends a reader. */
  address: string;
};

/**
 * The 1200×630 card of one fact: its figures as on the share cards, larger, with their caveat
 * mark, legend and date, the source they rest on and the row's address (an image shared in
 * WeChat travels without its link).
 */
export function FactCard({ fact, locale, messages, host, address }: FactCardProps) {
  const source = factCardSource(fact, locale, messages);
  return (
    <CardFrame name={messages.site.name} host={host} title={messages.facts[fact.id]}>
      <FigureRows
        facts={[fact.id]}
        locale={locale}
        messages={messages}
        scale={1.4}
        labels={false}
      />
      <div
        style={{
          display: 'flex',
          flexDirection: 'column',
          gap: 4,
          marginTop: 'auto',
          fontSize: 20,
          color: '#57534e',
        }}
      >
        {/* One line: a long title is cut with an ellipsis rather than pushing the address off. */}
        {source && <div style={{ display: 'block', lineClamp: 1 }}>{source}</div>}
        <div style={{ fontFamily: ogFontFamily.bold, fontSize: 22, color: '#1e40af' }}>
          {address}
        </div>
      </div>
    </CardFrame>
  );
}
