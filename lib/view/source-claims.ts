import type { SourceTier } from '../schema/vocabulary';

/**
 * Sentences that name a kind of source ("official documentation confirms", «según la prensa»,
 * 「多家服务商」) promise the reader something about the sources behind them. This module finds
 * them in a page's text and says what each promise needs of the sources the same paragraph
 * cites, so a test can hold the prose to its citations.
 */

/** A kind of source a sentence can name, and what the cited sources must then include. */
export type SourceNaming = 'official' | 'press' | 'several-providers';

/** How many cited sources of which tiers each naming needs. */
export const namingNeeds: Record<SourceNaming, { tiers: readonly SourceTier[]; count: number }> = {
  official: { tiers: ['official', 'official-copy'], count: 1 },
  press: { tiers: ['news'], count: 1 },
  'several-providers': { tiers: ['provider'], count: 2 },
};

/**
 * The words that name each kind, in the three languages; product names that contain the word
 * (Official Accounts, 公众号) are not namings.
 */
const namings: readonly [SourceNaming, RegExp][] = [
  [
    'official',
    /\bofficial(?!\s+accounts?\b)|developer (?:documentation|pages)|(?<!\bcuentas?\s)\boficial(?:es)?\b|documentación (?:oficial )?para desarrolladores|官方|开发者文档|开发文档/iu,
  ],
  [
    'press',
    /\bthe press\b|\bnews\b|\bla prensa\b|\bnoticias?\b|\bReuters\b|\bBloomberg\b|路透|彭博|媒体|报道/iu,
  ],
  [
    'several-providers',
    /\bseveral (?:service )?providers\b|\bvarios proveedores\b|\bmuchos proveedores\b|多家服务商|不少服务商|许多服务商/iu,
  ],
];

/**
 * A negated naming ("no official page", «tampoco aparecen en una página oficial», 「官方没有给出」)
 * promises nothing about the sources cited, so a clause with a negation is not held to one.
 */
const negation =
  /\b(?:no|not|nor|never|neither|without|sin|ningún|ninguna|ninguno|tampoco|ni|nunca)\b|n[’']t\b|没有|未|找不到|并未|无|不是|没/iu;

/** The clauses of a sentence: what a negation can reach. */
function clauses(sentence: string): string[] {
  return sentence.split(/[,;:()—，；：（）、]/u);
}

/**
 * A sentence naming kinds of source, with what its paragraph cites: row ids, each with the
 * account a `<Fact>` or FAQ reference names (null when the reference names none).
 */
export type SourceClaim = {
  sentence: string;
  namings: SourceNaming[];
  rows: CitedRow[];
  sources: string[];
};
export type CitedRow = { id: string; account: 'wecom' | 'wechat' | null };

/** The sources a block cites by themselves (`<SourceDate id="…" />` dates a source in prose). */
export function citedSources(block: string): string[] {
  return [...block.matchAll(/<SourceDate\b[^>]*?\bid="([^"]+)"/g)].map((m) => m[1]!);
}

/** The rows a block of MDX or FAQ text cites: figures, seed notes, row links, FAQ references. */
export function citedRows(block: string): CitedRow[] {
  const account = (text: string | undefined) =>
    (/\b(wecom|wechat)\b/.exec(text ?? '')?.[1] as CitedRow['account'] | undefined) ?? null;
  const rows: CitedRow[] = [
    ...[...block.matchAll(/<(?:Fact|Seed|SeedNote)\b([^>]*?)\/>/g)].flatMap((m) => {
      const id = /\bid="([a-z0-9.-]+)"/.exec(m[1]!)?.[1];
      return id ? [{ id, account: account(/\baccount="([a-z]+)"/.exec(m[1]!)?.[1]) }] : [];
    }),
    ...[...block.matchAll(/\]\((?:\/[a-z]{2}\/[a-z-]+\/)?#([a-z0-9-]+\.[a-z0-9.-]+)\)/g)].map(
      (m) => ({ id: m[1]!, account: null }),
    ),
    ...[...block.matchAll(/(?:\{\{|\]\{)([a-z0-9-]+\.[a-z0-9.-]+)((?::[a-z0-9]+)*)\}\}?/g)].map(
      (m) => ({ id: m[1]!, account: account(m[2]) }),
    ),
  ];
  const seen = new Set<string>();
  return rows.filter((row) => {
    const key = `${row.id} ${row.account}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A block that holds only components (a seed note after its paragraph) belongs to the paragraph before. */
const componentsOnly = /^(?:\s*<[A-Z][A-Za-z]*\b[^>]*\/>\s*)+$/;

/** The sentences of a text (Latin and Chinese full stops, question and exclamation marks). */
function sentences(paragraph: string): string[] {
  return paragraph
    .split(/(?<=[.!?;:])\s+(?=[A-Z¿¡«“"(*])|(?<=[。！？；])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * Every sentence of a page that names a kind of source, with the rows cited by its paragraph
 * (and by a components-only block or an announced list right after it). MDX metadata, imports, headings and tables
 * are skipped: they name no source.
 */
export function sourceClaims(text: string): SourceClaim[] {
  const blocks = text
    .replace(/^export const metadata = \{[\s\S]*?\n\};?\n/m, '')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== '' && !block.startsWith('#') && !block.startsWith('import '));
  const claims: SourceClaim[] = [];
  blocks.forEach((block, index) => {
    if (componentsOnly.test(block)) return;
    const next = blocks[index + 1];
    // A seed note after its paragraph, or the list a paragraph announces ("sets the
    // conditions:"), carries the paragraph's citations.
    const joined =
      next !== undefined && (componentsOnly.test(next) || /[:：]$/.test(block))
        ? `${block}\n${next}`
        : block;
    const rows = citedRows(joined);
    const sources = citedSources(joined);
    for (const sentence of sentences(block.replace(/\s*\n\s*/g, ' '))) {
      const asserted = clauses(sentence).filter((clause) => !negation.test(clause));
      const found = namings.flatMap(([naming, pattern]) =>
        asserted.some((clause) => pattern.test(clause)) ? [naming] : [],
      );
      if (found.length > 0) claims.push({ sentence, namings: found, rows, sources });
    }
  });
  return claims;
}

/**
 * The namings that no single cited value supports. `cells` holds, for each value the sentence
 * cites, the tiers of its sources: one value must carry the promise alone (two providers behind
 * one claim, not one provider for it and another for the opposite claim).
 */
export function unsupported(
  found: readonly SourceNaming[],
  cells: readonly (readonly SourceTier[])[],
): SourceNaming[] {
  return found.filter((naming) => {
    const need = namingNeeds[naming];
    return !cells.some(
      (tiers) => tiers.filter((tier) => need.tiers.includes(tier)).length >= need.count,
    );
  });
}
