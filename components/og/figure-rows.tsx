import type { LimitId } from '@/content/limits';
import { formatValueParts } from '@/lib/format';
import type { Locale, Messages } from '@/lib/i18n';
import { getLimit, presentCell } from '@/lib/limits';
import { ogFontFamily } from '@/lib/og-fonts';
import { accounts } from '@/lib/vocabulary';

type FigureRowsProps = {
  facts: readonly LimitId[];
  locale: Locale;
  messages: Messages;
  scale: number;
};

const colours = { wecom: '#1e40af', wechat: '#166534' } as const;

/** Key figures, WeCom and WeChat side by side, for Satori (flexbox only, inline styles). */
export function FigureRows({ facts, locale, messages, scale }: FigureRowsProps) {
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 14 * scale }}>
      <div style={{ display: 'flex', fontSize: 22 * scale, color: '#57534e' }}>
        <div style={{ width: '40%' }} />
        {accounts.map((account) => (
          <div
            key={account}
            style={{ width: '30%', fontFamily: ogFontFamily.bold, color: colours[account] }}
          >
            {messages.accounts[account]}
          </div>
        ))}
      </div>
      {facts.map((id) => {
        const fact = getLimit(id);
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
            <div style={{ width: '40%', paddingRight: 16, fontSize: 22 * scale, color: '#292524' }}>
              {messages.facts[id]}
            </div>
            {accounts.map((account) => {
              const cell = presentCell(fact[account]);
              const absent = 'absent' in fact[account] ? fact[account].absent : 'not-found';
              const parts = cell
                ? formatValueParts(locale, messages, cell.value, cell.unit)
                : { main: '—', unit: messages.absent[absent] };
              const condition = cell?.condition && messages.conditions[cell.condition];
              return (
                <div
                  key={account}
                  style={{
                    width: '30%',
                    display: 'flex',
                    flexDirection: 'column',
                    paddingRight: 12,
                  }}
                >
                  <div
                    style={{
                      fontFamily: ogFontFamily.bold,
                      fontSize: (parts.main.length > 12 ? 24 : 40) * scale,
                      lineHeight: 1.15,
                      color: '#1c1917',
                    }}
                  >
                    {parts.main}
                  </div>
                  {parts.unit && (
                    <div style={{ fontSize: 18 * scale, color: '#57534e' }}>{parts.unit}</div>
                  )}
                  {condition && (
                    <div style={{ fontSize: 16 * scale, color: '#57534e', fontStyle: 'italic' }}>
                      {`(${condition})`}
                    </div>
                  )}
                </div>
              );
            })}
          </div>
        );
      })}
    </div>
  );
}
