import { test } from 'vitest';
import { getLimits, getSource, claimCaveat } from './limits';
import { presentCell } from './limit-lookup';
test('dump', () => {
  for (const f of getLimits())
    for (const a of ['wecom', 'wechat'] as const) {
      const c = presentCell(f[a]);
      if (!c) continue;
      const k = claimCaveat(c);
      console.log(
        [
          f.id,
          a,
          String(c.value),
          c.confidence,
          k,
          c.sources.map((s) => getSource(s).tier).join(','),
          (c.alternatives ?? [])
            .map(
              (x) =>
                x.kind +
                ':' +
                String(x.value) +
                ':' +
                x.confidence +
                ':' +
                x.sources.map((s) => getSource(s).tier),
            )
            .join('|'),
        ].join('\t'),
      );
    }
});
