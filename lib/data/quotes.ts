import { quotes } from '@/content/quotes';

import { getFact, asFactId, type Fact } from './facts';

type Quoted = Readonly<Partial<Record<string, string | readonly string[]>>>;
const byFact: Readonly<Record<string, Quoted>> = quotes;

/** The sentences of a source quoted in support of a fact (none when the fact quotes none). */
export function quotesOf(factId: string, sourceId: string): readonly string[] {
  const quoted = byFact[factId]?.[sourceId];
  if (quoted === undefined) return [];
  return typeof quoted === 'string' ? [quoted] : quoted;
}

/** A fact's quotes, as published with it in the open data. */
export function factQuotes(factId: string): Quoted | undefined {
  return byFact[factId];
}

/** Every quote, by source: [fact, sentences] pairs, for the sources page. */
export function quotesBySource(): ReadonlyMap<string, readonly [Fact, readonly string[]][]> {
  const bySource = new Map<string, [Fact, readonly string[]][]>();
  for (const [factId, quoted] of Object.entries(byFact)) {
    for (const sourceId of Object.keys(quoted)) {
      const entry: [Fact, readonly string[]] = [
        getFact(asFactId(factId)),
        quotesOf(factId, sourceId),
      ];
      bySource.set(sourceId, [...(bySource.get(sourceId) ?? []), entry]);
    }
  }
  return bySource;
}
