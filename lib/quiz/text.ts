import { interpolate, pluralForm } from '../i18n/format';
import type { Locale } from '../i18n/locales';
import type { Messages } from '../i18n/messages';
import type { CaveatKind } from '../schema/vocabulary';
import { cellView } from '../view/cell-view';
import { caveatIn, findFact, findSource, presentCell } from '../data/fact-lookup';
import { paths } from '../site/paths';
import { withCaveatWords } from '../view/trust';
import { sourceTitle, type SourceTitle } from '../view/source-title';
import type { Account } from '../schema/vocabulary';

import {
  assumptionFacts,
  getQuestion,
  type EssentialStatus,
  type QuestionId,
  type Reason,
  type Recommendation,
} from './engine';
import type { QuizMessages } from '../schema/quiz-words';
import { questions } from './questions';
import type { Data, CellRef } from './types';

/**
 * Words for the quiz: fills the quiz messages' placeholders with figures from the data, so
 * every number a visitor reads comes from content/facts.ts. Pure; used by the server pages
 * and by the client component alike.
 */

/** The general messages the quiz needs: labels of accounts, facts, units, values, sources. */
const figureKeys = [
  'units',
  'enums',
  'booleans',
  'facts',
  'conditions',
  'caveats',
  'accounts',
  'sourceTitles',
  'punctuation',
  'alternatives',
  'absent',
] as const satisfies readonly (keyof Messages)[];

export type FigureMessages = Pick<Messages, (typeof figureKeys)[number]>;

export type QuizText = {
  locale: Locale;
  quiz: QuizMessages;
  labels: FigureMessages;
  /** The figures and their sources (`quizData()`, or changed ones in tests). */
  data: Data;
};

/** The slice of `Messages` a client component needs for the quiz. */
export function figureMessages(messages: Messages): FigureMessages {
  return Object.fromEntries(figureKeys.map((key) => [key, messages[key]])) as FigureMessages;
}

/** A figure's display parts; throws when the cell has no value (the quiz cites only values). */
function figureCell(ref: CellRef, text: QuizText) {
  const cell = cellView(findFact(ref.id, text.data.facts)[ref.account], {
    locale: text.locale,
    messages: text.labels,
    caveatOf: (claim) => caveatIn(claim, text.data.sources),
  });
  if (!cell.present) throw new Error(`No ${ref.account} value for ${ref.id}`);
  return cell;
}

/**
 * A figure as text: "500 miembros", or "500" when `bare`. A disputed figure gives every value:
 * "one a day; another official page says: one a month" (`withSources`: each with its sources'
 * titles, for text that has no figure note beside it, such as a question's hint).
 */
export function figureText(
  ref: CellRef,
  text: QuizText,
  { bare = false, withSources = false }: { bare?: boolean; withSources?: boolean } = {},
): string {
  const cell = figureCell(ref, text);
  if (bare) return cell.main;
  const disputes = cell.alternatives.filter((alternative) => alternative.disputes);
  // Standing alone (a hint has no figure note beside it), a figure carries its caveat in words.
  if (disputes.length === 0)
    return withSources ? withCaveatWords(cell.text, cell.caveat, text.labels) : cell.text;
  const { verdict } = text.quiz;
  const titles = (ids: readonly string[]) =>
    ids
      .map((id) => sourceTitle(findSource(id, text.data.sources), text.locale, text.labels).title)
      .join(text.labels.punctuation.separator);
  return disputes.reduce(
    (sentence, alternative) =>
      interpolate(withSources ? verdict.disputedWithSources : verdict.disputed, {
        value: sentence,
        sources: titles(cell.sources),
        alternative: alternative.label,
        altSources: titles(alternative.sources),
      }),
    cell.text,
  );
}

function values(
  refs: Readonly<Record<string, CellRef>>,
  text: QuizText,
  options: Parameters<typeof figureText>[2] = {},
) {
  return Object.fromEntries(
    Object.entries(refs).map(([name, ref]) => [name, figureText(ref, text, options)]),
  );
}

function fill(
  template: string,
  refs: Readonly<Record<string, CellRef>>,
  text: QuizText,
  withSources = false,
) {
  return interpolate(template, values(refs, text, { withSources }));
}

export type OptionView = { id: string; label: string };
export type QuestionView = {
  id: QuestionId;
  legend: string;
  short: string;
  hint: string | null;
  options: OptionView[];
};

/** The label of one answer, with its range figures filled in. */
export function optionLabel(questionId: QuestionId, optionId: string, text: QuizText): string {
  const option = getQuestion(questionId)?.options.find((candidate) => candidate.id === optionId);
  const labels = text.quiz.questions[questionId].options as Record<string, string>;
  const template = labels[optionId];
  if (!option || template === undefined)
    throw new Error(`Unknown option ${questionId}.${optionId}`);
  const range: Record<string, CellRef> = {};
  if (option.above) range.from = option.above;
  if (option.upTo) range.to = option.upTo;
  // Range bounds read as bare numbers ("Más de 5.000"): the question says what is counted.
  return interpolate(template, {
    ...values(option.figures ?? {}, text),
    ...values(range, text, { bare: true }),
  });
}

/** A question with its texts filled in. */
export function questionView(questionId: QuestionId, text: QuizText): QuestionView {
  const question = getQuestion(questionId);
  const words = text.quiz.questions[questionId];
  if (!question) throw new Error(`Unknown question ${questionId}`);
  return {
    id: questionId,
    legend: words.legend,
    short: words.short,
    // A hint has no figure note beside it: a disputed figure names its sources in the text.
    hint: words.hint === undefined ? null : fill(words.hint, question.figures ?? {}, text, true),
    options: question.options.map((option) => ({
      id: option.id,
      label: optionLabel(questionId, option.id, text),
    })),
  };
}

/** Every question's texts, in order: what the client component receives. */
export function questionViews(text: QuizText): QuestionView[] {
  return questions.map((question) => questionView(question.id, text));
}

/** "{n} puntos", in the plural form that fits. */
export function pointsText(n: number, text: QuizText): string {
  return interpolate(text.quiz.guide.points[pluralForm(text.locale, n)], { n: String(n) });
}

/** The sentence that explains a reason, with its figure filled in. */
export function reasonSentence(reason: Reason, text: QuizText): string {
  const fact = findFact(reason.factId, text.data.facts);
  const filled: Record<string, string> = presentCell(fact[reason.account])
    ? {
        value: figureText({ id: fact.id, account: reason.account }, text),
        number: figureText({ id: fact.id, account: reason.account }, text, { bare: true }),
      }
    : {};
  const notes: Readonly<Record<string, string>> = text.quiz.questions[reason.questionId].notes;
  const template = notes[reason.note];
  if (template === undefined) throw new Error(`Unknown note ${reason.questionId}.${reason.note}`);
  return interpolate(template, filled);
}

/**
 * The visible label of a reason's kind ("Descarta WeChat personal"). A need that only a soft
 * figure says an account cannot meet says so, and what it counts instead.
 */
export function reasonKind(reason: Reason, text: QuizText): string {
  if (reason.softRuleOut) {
    return interpolate(text.quiz.verdict.softRulesOut, {
      account: text.labels.accounts[reason.account],
      points: pointsText(reason.weight, text),
    });
  }
  const kind = reason.neither ? 'neither' : reason.kind;
  const account = reason.kind === 'rules-out' ? reason.account : reason.favours;
  return interpolate(text.quiz.result.kinds[kind], {
    account: account ? text.labels.accounts[account] : '',
  });
}

/** Everything needed to show the figure behind a reason, with its sources and table row. */
export type FigureView = {
  factId: string;
  account: Account;
  heading: string;
  value: string;
  rawValue: string;
  condition: string | null;
  caveat: CaveatKind;
  sources: { id: string; title: SourceTitle; url: string }[];
  /** Values other sources give for a disputed figure, each with its own sources. */
  disputes: { raw: string; label: string; sources: FigureView['sources'] }[];
  rowHref: string;
};

function sourceViews(ids: readonly string[], text: QuizText): FigureView['sources'] {
  return ids.map((id) => {
    const source = findSource(id, text.data.sources);
    return { id, title: sourceTitle(source, text.locale, text.labels), url: source.url };
  });
}

export function figureView(ref: CellRef, text: QuizText): FigureView {
  const fact = findFact(ref.id, text.data.facts);
  const cell = figureCell(ref, text);
  return {
    factId: fact.id,
    account: ref.account,
    heading: interpolate(text.quiz.result.figure, {
      account: text.labels.accounts[ref.account],
      fact: text.labels.facts[fact.id],
    }),
    value: cell.text,
    rawValue: cell.raw,
    condition: cell.condition,
    caveat: cell.caveat,
    sources: sourceViews(cell.sources, text),
    disputes: cell.alternatives
      .filter((alternative) => alternative.disputes)
      .map((alternative) => ({
        raw: alternative.raw,
        label: alternative.label,
        sources: sourceViews(alternative.sources, text),
      })),
    rowHref: paths.row(text.locale, fact.topic, fact.id),
  };
}

/** The assumption sentence for a verified organisation, with its figures. */
export function verifiedOrgText(text: QuizText): { sentence: string; figures: CellRef[] } {
  const [fee, validity, customers, members] = assumptionFacts['verified-org'];
  const refs = { fee: fee!, validity: validity!, customers: customers!, members: members! };
  return {
    sentence: fill(text.quiz.result.verifiedOrg, refs, text),
    figures: [...assumptionFacts['verified-org']],
  };
}

/** "Si a «…» respondieras «…», te recomendaríamos …". */
export function flipSentence(flip: Recommendation['flips'][number], text: QuizText): string {
  return interpolate(text.quiz.result.flip, {
    question: text.quiz.questions[flip.questionId].short,
    answer: optionLabel(flip.questionId, flip.optionId, text),
    outcome: text.quiz.outcomes[flip.outcome].name,
  });
}

/**
 * The points line ("3 puntos para WeCom y 1 punto para WeChat personal"). When a need would
 * rule an account out but its figure is not firm, "no answer rules out either account" would
 * be untrue to the reader: the line says what that need counted instead.
 */
export function basisSentence(result: Recommendation, text: QuizText): string {
  const soft = result.reasons.find((reason) => reason.softRuleOut);
  const template =
    soft && result.basis === 'points' ? text.quiz.verdict.softBasis : text.quiz.basis[result.basis];
  return interpolate(template, {
    soft: soft ? pointsText(soft.weight, text) : '',
    wecom: pointsText(result.points.wecom, text),
    wechat: pointsText(result.points.wechat, text),
  });
}

/** Why an answer the reader called essential did not decide, or null when it did. */
export function essentialSentence(essential: EssentialStatus, text: QuizText): string | null {
  if (essential.status === 'decides') return null;
  const question = text.quiz.questions[essential.questionId].short;
  if (essential.status !== 'outweighed')
    return interpolate(text.quiz.verdict.essential[essential.status], { question });
  return interpolate(text.quiz.verdict.essential.outweighed, {
    question,
    account: text.labels.accounts[essential.reason.account],
    points: pointsText(essential.reason.weight, text),
  });
}
