import { disputedValues, disputeText, type ValueView } from '@/lib/view/cell-view';
import type { Locale } from '@/lib/i18n/locales';
import {
  valueCaveat,
  getFact,
  getSource,
  isFactId,
  presentCell,
  type FactId,
} from '@/lib/data/facts';
import { sourceTitle } from '@/lib/view/source-title';
import { withCaveatWords } from '@/lib/view/trust';
import { accounts, type Account } from '@/lib/schema/vocabulary';
import type { Messages } from '@/lib/i18n/messages';
import { factCellView, proseFigure } from '@/lib/view/prose-figure';

/**
 * FAQ answers are written as plain text with two kinds of reference to the data, so that no
 * figure is typed in the copy and every claim links to the row that holds its sources:
 * - `{{costs.overseas-verification}}`: the figure itself (`{{id:wechat}}` for the other
 *   account, `{{id:alt0}}` for an alternative value);
 * - `[the history stays in WeChat]{switching.chat-history-moves}`: words that state a row's
 *   claim, linked to it.
 * The page renders them as links with their caveat; the FAQPage structured data gets the text,
 * each figure and claim followed by its caveat in words, so a search result cannot state a
 * provider's price as a plain fact. A figure of a disputed row gives every value, each with its
 * sources, whichever one it names.
 */
export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'figure'; id: FactId; account: Account; alternative?: number }
  | { kind: 'claim'; text: string; id: FactId; account: Account };

const reference =
  /\{\{([a-z0-9.-]+)(?::(wecom|wechat))?(?::alt(\d))?\}\}|\[([^\]]+)\]\{([a-z0-9.-]+)(?::(wecom|wechat))?\}/g;

/** The answer's segments; an unknown id or an account without a value throws, naming both. */
export function parseAnswer(text: string): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(reference)) {
    if (match.index > last) segments.push({ kind: 'text', text: text.slice(last, match.index) });
    last = match.index + match[0].length;
    const [, figureId, figureAccount, alternative, claimText, claimId, claimAccount] = match;
    const id = checkedId(figureId ?? claimId ?? '', text);
    const account = (figureAccount ?? claimAccount) as Account | undefined;
    if (claimText !== undefined) {
      segments.push({ kind: 'claim', text: claimText, id, account: account ?? firstWithValue(id) });
    } else {
      segments.push({
        kind: 'figure',
        id,
        account: account ?? firstWithValue(id),
        ...(alternative !== undefined && { alternative: Number(alternative) }),
      });
    }
  }
  if (last < text.length) segments.push({ kind: 'text', text: text.slice(last) });
  const stray = segments.find((s) => s.kind === 'text' && /\{\{|\}\}|\]\{/.test(s.text));
  if (stray) throw new Error(`A malformed data reference in: "${text}"`);
  return segments;
}

function checkedId(id: string, text: string): FactId {
  if (!isFactId(id)) throw new Error(`Unknown fact "${id}" in: "${text}"`);
  return id;
}

/** WeCom's cell unless it has no value (a row about personal WeChat only). */
function firstWithValue(id: FactId): Account {
  const account = accounts.find((candidate) => presentCell(getFact(id)[candidate]) !== null);
  if (!account) throw new Error(`Fact "${id}" has no value to cite`);
  return account;
}

type FigureSegment = Extract<Segment, { kind: 'figure' }>;

/** Every value of the row a figure names when sources dispute it, else null. */
export function segmentDispute(
  segment: FigureSegment,
  locale: Locale,
  messages: Messages,
): readonly ValueView[] | null {
  return disputedValues(factCellView(getFact(segment.id), segment.account, locale, messages));
}

/**
 * The figure a `figure` segment shows, in words ("700 yuan per application"); for a disputed
 * row, every value with its sources' titles and the words that they disagree.
 */
export function figureText(segment: FigureSegment, locale: Locale, messages: Messages): string {
  const dispute = segmentDispute(segment, locale, messages);
  if (dispute)
    return disputeText(
      dispute,
      messages,
      (id) => sourceTitle(getSource(id), locale, messages).title,
    );
  return proseFigure(segment.id, segment.account, segment.alternative, locale, messages).text;
}

/** The answer as plain text, for counting its sentences. */
export function answerText(text: string, locale: Locale, messages: Messages): string {
  return parseAnswer(text)
    .map((segment) =>
      segment.kind === 'figure' ? figureText(segment, locale, messages) : segment.text,
    )
    .join('');
}

/**
 * The answer as plain text with every figure's and claim's caveat in words after it, as the
 * page gives it beside the mark: what the FAQPage structured data says.
 */
export function answerTextWithCaveats(text: string, locale: Locale, messages: Messages): string {
  return parseAnswer(text)
    .map((segment) => {
      if (segment.kind === 'text') return segment.text;
      if (segment.kind === 'figure') {
        // A dispute's own words already say that sources disagree, and which say what.
        if (segmentDispute(segment, locale, messages)) return figureText(segment, locale, messages);
        const shown = proseFigure(
          segment.id,
          segment.account,
          segment.alternative,
          locale,
          messages,
        );
        return withCaveatWords(shown.text, shown.caveat, messages);
      }
      const cell = presentCell(getFact(segment.id)[segment.account]);
      return cell ? withCaveatWords(segment.text, valueCaveat(cell), messages) : segment.text;
    })
    .join('');
}

/** The rows an answer cites, each once. */
export function citedFacts(text: string): FactId[] {
  return [
    ...new Set(
      parseAnswer(text).flatMap((segment) => (segment.kind === 'text' ? [] : [segment.id])),
    ),
  ];
}
