import type { FactId } from '@/content/facts';
import { valuePublishers } from '@/lib/fact-cards/fact-cards';
import type { Locale } from '@/lib/i18n/locales';
import { getFact, mainCaveats } from '@/lib/data/facts';
import { ogFontFamily } from '@/components/og/fonts';
import { markLegend } from '@/lib/view/trust';
import { verificationText } from '@/lib/view/verification-text';
import { accounts } from '@/lib/schema/vocabulary';
import type { Messages } from '@/lib/i18n/messages';
import { factCellView } from '@/lib/view/prose-figure';

type FigureRowsProps = {
  facts: readonly FactId[];
  locale: Locale;
  messages: Messages;
  scale: number;
  /** Each row's label in a first column; a card of one fact has it as its title instead. */
  labels?: boolean;
};

const colours = { wecom: '#1e40af', wechat: '#166534' } as const;

/** The mark after a figure with a caveat; the legend under the rows names the caveats present. */
const caveatMark = '*';

/**
 * Key figures, WeCom and WeChat side by side, for Satori (flexbox only, inline styles). An
 * image travels without the page, so it carries the caveats too: a mark on every figure with a
 * caveat, a legend naming those caveats, the other value of a disputed figure, and when the
 * figures were checked.
 */
export function FigureRows({ facts, locale, messages, scale, labels = true }: FigureRowsProps) {
  const shown = facts.map((id) => getFact(id));
  const valueWidth = labels ? '30%' : '50%';
  const legend = markLegend(
    mainCaveats(shown),
    messages.share.caveatLegend,
    messages.caveatShort,
    locale,
  );
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 14 * scale }}>
      <div style={{ display: 'flex', fontSize: 22 * scale, color: '#57534e' }}>
        {labels && <div style={{ width: '40%' }} />}
        {accounts.map((account) => (
          <div
            key={account}
            style={{
              width: valueWidth,
              display: 'flex',
              alignItems: 'center',
              gap: 10 * scale,
              fontFamily: ogFontFamily.bold,
              color: colours[account],
            }}
          >
            {/* The account's sign, drawn: the image font has no ◆ or ● glyph. */}
            <div
              style={{
                width: 14 * scale,
                height: 14 * scale,
                background: colours[account],
                borderRadius: account === 'wechat' ? '50%' : 0,
                transform: account === 'wecom' ? 'rotate(45deg)' : 'rotate(0deg)',
              }}
            />
            {messages.accounts[account]}
          </div>
        ))}
      </div>
      {facts.map((id) => {
        const fact = getFact(id);
        return (
          <div
            key={id}
            style={{
              display: 'flex',
              alignItems: 'flex-start',
              borderTop: '2px solid #e7e5e4',
              paddingTop: 12 * scale,
            }}
          >
            {labels && (
              <div
                style={{ width: '40%', paddingRight: 16, fontSize: 22 * scale, color: '#292524' }}
              >
                {messages.facts[id]}
              </div>
            )}
            {accounts.map((account) => {
              const cell = factCellView(fact, account, locale, messages);
              // The other values of a dispute (an older figure is history, not a dispute).
              const disputed = cell.present ? cell.alternatives.filter((alt) => alt.disputes) : [];
              // An absent value shows a dash with the reason in the unit's place.
              const [main, unit] = cell.present ? [cell.main, cell.unit] : ['—', cell.text];
              return (
                <div
                  key={account}
                  style={{
                    width: valueWidth,
                    display: 'flex',
                    flexDirection: 'column',
                    paddingRight: 12,
                  }}
                >
                  <div
                    style={{
                      fontFamily: ogFontFamily.bold,
                      fontSize: (main.length > 12 ? 24 : 40) * scale,
                      lineHeight: 1.15,
                      color: '#1c1917',
                    }}
                  >
                    {cell.present && cell.marked ? `${main}${caveatMark}` : main}
                  </div>
                  {unit && <div style={{ fontSize: 18 * scale, color: '#57534e' }}>{unit}</div>}
                  {/* A dispute names who gives each value: the image travels without the table. */}
                  {cell.present && disputed.length > 0 && (
                    <div style={{ fontSize: 16 * scale, color: '#57534e' }}>
                      {valuePublishers(cell, messages).trim()}
                    </div>
                  )}
                  {disputed.map((alt, index) => (
                    <div key={index} style={{ fontSize: 18 * scale, color: '#44403c' }}>
                      {`${alt.label}${valuePublishers(alt, messages)}`}
                    </div>
                  ))}
                  {cell.present && cell.conditionNote && (
                    <div style={{ fontSize: 16 * scale, color: '#57534e', fontStyle: 'italic' }}>
                      {cell.conditionNote}
                    </div>
                  )}
                </div>
              );
            })}
          </div>
        );
      })}
      <div style={{ display: 'flex', fontSize: 16 * scale, color: '#57534e' }}>
        {[
          legend && `${caveatMark} ${legend}`,
          verificationText(locale, shown, messages.share.checked),
        ]
          .filter(Boolean)
          .join(' · ')}
      </div>
    </div>
  );
}
