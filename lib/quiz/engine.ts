import { isFirm } from '../data/caveat';
import { caveatIn, type FactId } from '../data/fact-lookup';
import { outcomes, type Account, type Condition, type Outcome } from '../schema/vocabulary';

import { cellOf, cellRef, cellNumber, other } from './define';
import type {
  Basis,
  QuestionId,
  OptionId,
  ReasonKind,
  ReasonNote,
  Strength,
} from '../schema/quiz-words';
import { questions } from './questions';
import type { AnswerMap, Data, CellRef, OptionDef, QuestionDef } from './types';

/*
 * The quiz engine: cleans answers, turns them into reasons through each question's rule,
 * weighs the reasons into a recommendation and finds the answers that would change it. Pure
 * and deterministic, with no special case for any question: what a question means lives in
 * its own file under `questions/`. Every threshold is read from the limit data (by default the
 * shipped module; tests inject changed figures), so no figure is typed here.
 */

export type Question = (typeof questions)[number];
export type { Basis, QuestionId, OptionId, ReasonNote, Strength };

/** Answers by question; a question not (yet) answered is absent. */
export type Answers = { [Q in QuestionId]?: OptionId<Q> };

// The outcomes are a vocabulary: page keys (below the quiz) name a result page per outcome.
export { outcomes, type Outcome };

/** True when `value` names an outcome (a route segment, a link's text). */
export function isOutcome(value: string): value is Outcome {
  return (outcomes as readonly string[]).includes(value);
}

/**
 * `clear`: decided by a firm requirement or a wide margin of firm figures. `leaning`: a narrow
 * margin. `tie`: the answers weigh exactly the same (the result says how it was broken).
 * `depends`: the result rests on figures that are disputed, weakly sourced or our inference;
 * the result lists them (`dependsOn`).
 */
export const strengths = [
  'clear',
  'leaning',
  'tie',
  'depends',
] as const satisfies readonly Strength[];

/**
 * Why an answer points somewhere, resting on one figure (`factId`, `account`).
 * `rules-out`: `account` cannot meet the need. `weighs`: a preference worth `weight` points
 * to `favours`. `informs`: context (a condition, a limit that does not decide).
 */
export type Reason = {
  questionId: QuestionId;
  optionId: string;
  factId: FactId;
  account: Account;
  kind: ReasonKind;
  favours: Account | null;
  weight: number;
  note: ReasonNote;
  /** True when neither account meets the need, so it rules out neither. */
  neither?: boolean;
  /**
   * True when the figure is disputed, weakly sourced, unverified or inferred (its caveat is not
   * firm): such a figure never rules an account out; it weighs `softRuleOutWeight` instead.
   */
  soft?: boolean;
  /** True when the reason would rule `account` out if its soft figure were firm. */
  softRuleOut?: boolean;
};

export type RuledOut = { account: Account; questionId: QuestionId; factId: FactId };
export type Flip = { questionId: QuestionId; optionId: string; outcome: Outcome };

export type Recommendation = {
  complete: true;
  outcome: Outcome;
  strength: Strength;
  basis: Basis;
  points: Record<Account, number>;
  reasons: Reason[];
  ruledOut: RuledOut[];
  /** The outcome that comes second, and the single answer changes that would lead to it. */
  runnerUp: Outcome;
  flips: Flip[];
  /** Conditions the recommendation assumes (e.g. a verified organisation for WeCom). */
  assumptions: Condition[];
  /** Input keys or values that were not understood and were left out. */
  ignored: string[];
  /** Figures that are not firm and that the outcome or its strength rests on. */
  dependsOn: CellRef[];
};

export type Incomplete = { complete: false; missing: QuestionId[]; ignored: string[] };
export type Score = Recommendation | Incomplete;

/** Point margin from which a recommendation reached on points is "clear". */
export const clearMargin = 3;

/** What a need that only a soft figure says an account cannot meet weighs, instead of ruling out. */
export const softRuleOutWeight = 3;

/** Figures the result cites when it assumes a verified organisation. */
export const assumptionFacts: Record<'verified-org', readonly CellRef[]> = {
  'verified-org': [
    cellRef('service-focus.verification-fee', 'wecom'),
    cellRef('service-focus.verification-validity', 'wecom'),
    cellRef('contacts.unverified-org-cap', 'wecom'),
    cellRef('service-focus.unverified-member-cap', 'wecom'),
  ],
};

const byQuestion = new Map<string, QuestionDef>(questions.map((q) => [q.id, q]));

/** The question with this id, or undefined. */
export function getQuestion(id: string): QuestionDef | undefined {
  return byQuestion.get(id);
}

/** True when `optionId` is one of the question's options. */
export function isOption<Q extends QuestionId>(
  questionId: Q,
  optionId: unknown,
): optionId is OptionId<Q> {
  return (
    typeof optionId === 'string' &&
    (byQuestion.get(questionId)?.options.some((option) => option.id === optionId) ?? false)
  );
}

/** Whether a question applies, given the other answers. */
export function isAsked(questionId: QuestionId, answers: Answers): boolean {
  return byQuestion.get(questionId)?.asked?.(answers as AnswerMap) ?? true;
}

/** The questions that apply to these answers, in order. */
export function askedQuestions(answers: Answers): Question[] {
  return questions.filter((question) => isAsked(question.id, answers));
}

/** Applicable questions not answered yet, in order. */
export function missingQuestions(answers: Answers): QuestionId[] {
  return askedQuestions(answers)
    .filter((question) => answers[question.id] === undefined)
    .map((question) => question.id);
}

/**
 * Keeps what is understood of untrusted input (a decoded link, stored state): known
 * questions with known options. Answers to questions that do not apply are dropped.
 */
export function cleanAnswers(input: unknown): { answers: Answers; ignored: string[] } {
  const answers: Record<string, string> = {};
  const ignored: string[] = [];
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { answers: {}, ignored: input === undefined || input === null ? [] : ['(input)'] };
  }
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined) continue;
    if (!byQuestion.has(key) || !isOption(key as QuestionId, value)) ignored.push(key);
    else answers[key] = value;
  }
  const typed = answers as Answers;
  for (const question of questions) {
    if (typed[question.id] !== undefined && !isAsked(question.id, typed)) {
      delete answers[question.id];
      ignored.push(question.id);
    }
  }
  return { answers: typed, ignored };
}

function optionOf(questionId: string, optionId: string): OptionDef {
  const option = byQuestion.get(questionId)?.options.find((candidate) => candidate.id === optionId);
  if (!option) throw new Error(`Unknown option "${optionId}" of question "${questionId}"`);
  return option;
}

/** What an option asks for: the top of its range (just above its lower bound when open). */
export function optionNeed(option: OptionDef, data: Data): number {
  if (option.upTo) return cellNumber(option.upTo, data);
  if (option.above) return cellNumber(option.above, data) + 1;
  return 0;
}

/** The reasons one answer gives, before they are weighed against each other. */
export function answerReasons(questionId: QuestionId, optionId: string, data: Data): Reason[] {
  const question = byQuestion.get(questionId)!;
  const signals = question.rule({
    option: optionId,
    need: optionNeed(optionOf(questionId, optionId), data),
    data,
  });
  const ruledOut = new Set(signals.filter((s) => s.kind === 'rules-out').map((s) => s.account));
  // A need that neither account meets decides nothing: it stays as information.
  const neither = ruledOut.size === 2;
  return signals.map((signal): Reason => {
    const reason: Reason = { questionId, optionId, ...signal, note: signal.note as ReasonNote };
    if (neither && signal.kind === 'rules-out')
      return { ...reason, kind: 'informs', favours: null, neither: true };
    const cell = cellOf({ id: signal.factId, account: signal.account }, data);
    if (!cell || isFirm(caveatIn(cell, data.sources))) return reason;
    // A figure we cannot vouch for never decides alone: it weighs, and the result says so.
    return signal.kind === 'rules-out'
      ? { ...reason, kind: 'weighs', weight: softRuleOutWeight, soft: true, softRuleOut: true }
      : { ...reason, soft: true };
  });
}

// ---------------------------------------------------------------------------------------
// Deciding

export type Decision = Omit<Recommendation, 'flips' | 'ignored' | 'complete'>;

/** True when an answer keeps a private life on personal WeChat next to WeCom. */
function isPersonal(answers: Answers): boolean {
  return askedQuestions(answers).some((question) => {
    const answer = answers[question.id];
    return answer !== undefined && optionOf(question.id, answer).personal === true;
  });
}

/** The recommendation without flips, for answers already cleaned and complete. */
export function decide(answers: Answers, data: Data): Decision {
  const reasons = askedQuestions(answers).flatMap((question) =>
    answerReasons(question.id, answers[question.id] as string, data),
  );
  const personal = isPersonal(answers);
  const { account, basis, points, ruledOut, margin } = weigh(reasons);
  const outcome = outcomeOf(account, personal);

  // A soft figure may not decide: the verdict must hold whether it is right (it rules out, as
  // a firm figure would) or wrong (it counts for nothing). If not, the result depends on it.
  const soft = reasons.filter((r) => r.soft && r.kind === 'weighs');
  const ifRight = weigh(reasons.map((r) => (r.softRuleOut ? { ...r, kind: 'rules-out' } : r)));
  const ifWrong = weigh(reasons.filter((r) => !soft.includes(r)));
  const holds = [ifRight, ifWrong].every((v) => outcomeOf(v.account, personal) === outcome);
  const firmlyClear =
    holds &&
    (ifWrong.basis === 'requirement' ||
      ifWrong.basis === 'conflict' ||
      Math.abs(ifWrong.margin) >= clearMargin);
  // What the reader must check: every soft figure when it could change the outcome, else the
  // soft figures that make the result look firmer than the firm ones alone would.
  const deciding = holds
    ? firmlyClear
      ? []
      : soft.filter((r) => r.favours === (account === 'both' ? null : account))
    : soft;
  const dependsOn = [...new Map(deciding.map((r) => [`${r.factId}:${r.account}`, r])).values()].map(
    (r) => cellRef(r.factId, r.account),
  );
  let strength: Strength;
  if (firmlyClear) strength = 'clear';
  else if (dependsOn.length > 0) strength = 'depends';
  else if (basis === 'tie') strength = 'tie';
  else strength = 'leaning';

  let runnerUp: Outcome;
  if (outcome === 'wecom') runnerUp = 'wechat';
  else if (outcome === 'wechat') runnerUp = personal ? 'both' : 'wecom';
  else if (basis === 'conflict') runnerUp = margin >= 0 ? 'wecom' : 'wechat';
  else runnerUp = 'wechat';

  const assumptions: Condition[] = outcome === 'wechat' ? [] : ['verified-org'];
  return {
    outcome,
    strength,
    basis,
    points,
    reasons,
    ruledOut,
    runnerUp,
    assumptions,
    dependsOn,
  };
}

/** WeCom for the work, plus a private life to keep on WeChat: both accounts. */
function outcomeOf(account: Account | 'both', personal: boolean): Outcome {
  return account === 'both' || (account === 'wecom' && personal) ? 'both' : account;
}

/** Which account the reasons point to: by requirement, conflict of requirements, or points. */
function weigh(reasons: readonly Reason[]) {
  const points: Record<Account, number> = { wecom: 0, wechat: 0 };
  for (const reason of reasons) {
    if (reason.kind === 'weighs' && reason.favours) points[reason.favours] += reason.weight;
  }
  const ruledOut: RuledOut[] = [];
  for (const reason of reasons) {
    if (reason.kind !== 'rules-out') continue;
    if (ruledOut.some((r) => r.account === reason.account && r.questionId === reason.questionId))
      continue;
    ruledOut.push({
      account: reason.account,
      questionId: reason.questionId,
      factId: reason.factId,
    });
  }
  const out = new Set(ruledOut.map((r) => r.account));
  const margin = points.wecom - points.wechat;
  let account: Account | 'both';
  let basis: Basis;
  if (out.size === 2) [account, basis] = ['both', 'conflict'];
  else if (out.size === 1) [account, basis] = [other([...out][0]!), 'requirement'];
  // A tie goes to personal WeChat: nothing asked for needs WeCom's set-up and verification.
  else [account, basis] = [margin > 0 ? 'wecom' : 'wechat', margin === 0 ? 'tie' : 'points'];
  return { account, basis, points, ruledOut, margin } as const;
}

/**
 * The recommendation for these answers. Untrusted input is cleaned first (unknown parts are
 * listed in `ignored`); if an applicable question is unanswered, the result says which.
 */
export function score(input: unknown, data: Data): Score {
  const { answers, ignored } = cleanAnswers(input);
  const missing = missingQuestions(answers);
  if (missing.length > 0) return { complete: false, missing, ignored };
  const decision = decide(answers, data);
  const flips: Flip[] = [];
  for (const question of askedQuestions(answers)) {
    const options = question.options as readonly OptionDef[];
    const current = options.findIndex((option) => option.id === answers[question.id]);
    // Per other outcome, the nearest answer that leads there: the smallest change that flips it.
    const candidates = options
      .map((option, index) => ({ option, distance: Math.abs(index - current), index }))
      .filter(({ index }) => index !== current)
      .sort((a, b) => a.distance - b.distance || a.index - b.index);
    const found = new Set<Outcome>();
    for (const { option } of candidates) {
      const changed = { ...answers, [question.id]: option.id } as Answers;
      // Changing one answer can make another question apply: that is not a single change.
      if (missingQuestions(changed).length > 0) continue;
      const outcome = decide(cleanAnswers(changed).answers, data).outcome;
      if (outcome !== decision.outcome && !found.has(outcome)) {
        found.add(outcome);
        flips.push({ questionId: question.id, optionId: option.id, outcome });
      }
    }
  }
  return { complete: true, ...decision, flips, ignored };
}

/**
 * What a reason weighs for the reader: a requirement (a firm figure rules an account out)
 * outweighs every preference together; a soft rule-out weighs `softRuleOutWeight`, more than
 * any single preference (`lib/quiz/answer-space.test.ts` checks both over every answer); a
 * preference its points; context nothing.
 */
export function reasonWeight(reason: Reason): number {
  if (reason.kind === 'rules-out') return requirementWeight;
  return reason.kind === 'weighs' ? reason.weight : 0;
}

/** The weight of a requirement: more than all the points every answer could add up to. */
export const requirementWeight = 100;

/** How many reasons the verdict lists at most, besides the answers the reader called essential. */
export const decidingLimit = 3;

/** The account a result's reasons pull towards: WeCom for "both" (WeChat stays for private life). */
function chosenAccount(result: Pick<Decision, 'outcome'>): Account {
  return result.outcome === 'wechat' ? 'wechat' : 'wecom';
}

/**
 * True when a reason carried the result: it rules an account out (both, in a conflict), or,
 * when no firm figure rules one out, it weighs for the chosen account. A soft rule-out for the
 * chosen account carries it even next to a firm one: it is a need the reader has.
 */
function carries(reason: Reason, result: Decision, firmOut: boolean): boolean {
  if (reason.kind === 'rules-out') return true;
  if (reason.kind !== 'weighs' || reason.favours !== chosenAccount(result)) return false;
  return !firmOut || reason.softRuleOut === true;
}

/**
 * The answers that carried the recommendation, heaviest first (`reasonWeight`; at equal
 * weight, firm figures and then the order of the questions): one reason per answer, at most
 * `decidingLimit`, and every answer the reader called essential that carried it, whatever the
 * limit. Empty when nothing pulls (a tie of no reasons).
 */
export function decidingReasons(result: Decision): Reason[] {
  const firmOut = result.reasons.some((reason) => reason.kind === 'rules-out');
  const sorted = result.reasons
    .map((reason, index) => ({ reason, index }))
    .filter(({ reason }) => carries(reason, result, firmOut))
    .sort(
      (a, b) =>
        reasonWeight(b.reason) - reasonWeight(a.reason) ||
        Number(a.reason.soft ?? false) - Number(b.reason.soft ?? false) ||
        a.index - b.index,
    )
    .map(({ reason }) => reason);
  const seen = new Set<string>();
  const perAnswer = sorted.filter((reason) => {
    if (seen.has(reason.questionId)) return false;
    seen.add(reason.questionId);
    return true;
  });
  return perAnswer.filter(
    (reason, index) => index < decidingLimit || isEssential(reason.questionId, reason.optionId),
  );
}

/** True when the option is one the reader marks as essential ("Yes, it is essential"). */
export function isEssential(questionId: string, optionId: string): boolean {
  const options: readonly OptionDef[] = byQuestion.get(questionId)?.options ?? [];
  return options.some((option) => option.id === optionId && option.essential === true);
}

/**
 * Why an answer the reader called essential did or did not decide. `decides`: it is among the
 * deciding reasons. `both-meet`: both accounts do it. `neither`: neither does. `outweighed`:
 * only a soft figure says the other account cannot do it, so it counted points, and the other
 * answers weighed at least as much (`reason` is that soft rule-out).
 */
export type EssentialStatus =
  | { questionId: QuestionId; optionId: string; status: 'decides' | 'both-meet' | 'neither' }
  | { questionId: QuestionId; optionId: string; status: 'outweighed'; reason: Reason };

/** Every essential answer of a result, each with why it did or did not decide. */
export function essentialAnswers(result: Decision, answers: Answers): EssentialStatus[] {
  const deciding = new Set(decidingReasons(result).map((reason) => reason.questionId));
  return askedQuestions(answers).flatMap((question): EssentialStatus[] => {
    const optionId = answers[question.id];
    if (optionId === undefined || !isEssential(question.id, optionId)) return [];
    const questionId = question.id;
    if (deciding.has(questionId)) return [{ questionId, optionId, status: 'decides' }];
    const own = result.reasons.filter((reason) => reason.questionId === questionId);
    if (own.some((reason) => reason.neither)) return [{ questionId, optionId, status: 'neither' }];
    const soft = own.find((reason) => reason.softRuleOut);
    if (soft) return [{ questionId, optionId, status: 'outweighed', reason: soft }];
    return [{ questionId, optionId, status: 'both-meet' }];
  });
}

/** The single answer changes that lead to each other outcome, grouped by outcome (runner-up first). */
export function flipsByOutcome(result: Recommendation): { outcome: Outcome; flips: Flip[] }[] {
  const order = [result.runnerUp, ...outcomes.filter((o) => o !== result.runnerUp)];
  return order
    .map((outcome) => ({ outcome, flips: result.flips.filter((flip) => flip.outcome === outcome) }))
    .filter((group) => group.flips.length > 0);
}
