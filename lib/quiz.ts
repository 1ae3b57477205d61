import { isFirm } from './caveat';
import { claimCaveat, getLimit, getLimits, presentCell, type Limit, type LimitId } from './limits';
import { accounts, type Account, type Condition, type Topic } from './vocabulary';

/**
 * The quiz "¿Qué cuenta te conviene?": questions, and the rules that turn answers into a
 * recommendation. Pure and deterministic. Every threshold is read from the limit data (by
 * default the shipped module; tests inject changed figures), so no figure is typed here.
 */

/** A figure of the data module: one account's cell of one fact. */
export type FigureRef = { readonly id: LimitId; readonly account: Account };

/**
 * An answer option. A numeric option covers a range between two figures of the data
 * (`above` < need ≤ `upTo`); its label shows them as `{from}` and `{to}`. `figures` names
 * other figures a label shows.
 */
export type OptionDef = {
  readonly id: string;
  readonly above?: FigureRef;
  readonly upTo?: FigureRef;
  readonly figures?: Readonly<Record<string, FigureRef>>;
};

export type QuestionDef = {
  readonly id: string;
  /** The difference (article) the question is about. */
  readonly topic: Topic;
  readonly options: readonly OptionDef[];
  /** Figures the question's hint shows, by placeholder name. */
  readonly figures?: Readonly<Record<string, FigureRef>>;
};

const fig = (id: LimitId, account: Account): FigureRef => ({ id, account });

/** The questions, in the order they are asked. Option order is part of the share-link format. */
export const questions = [
  {
    id: 'purpose',
    topic: 'service-focus',
    options: [{ id: 'me' }, { id: 'business' }, { id: 'both' }],
  },
  {
    id: 'contacts',
    topic: 'contacts',
    options: [
      { id: 'friends', upTo: fig('contacts.per-account-default', 'wechat') },
      {
        id: 'chats-only',
        above: fig('contacts.per-account-default', 'wechat'),
        upTo: fig('contacts.per-account-max', 'wechat'),
      },
      {
        id: 'member-max',
        above: fig('contacts.per-account-max', 'wechat'),
        upTo: fig('contacts.per-account-max', 'wecom'),
      },
      { id: 'beyond', above: fig('contacts.per-account-max', 'wecom') },
    ],
  },
  {
    id: 'customers',
    topic: 'contacts',
    options: [
      { id: 'free-quota', upTo: fig('contacts.free-external-contacts', 'wecom') },
      {
        id: 'one-account',
        above: fig('contacts.free-external-contacts', 'wecom'),
        upTo: fig('contacts.per-account-max', 'wechat'),
      },
      { id: 'more', above: fig('contacts.per-account-max', 'wechat') },
    ],
  },
  {
    id: 'team',
    topic: 'staff-leaving',
    options: [{ id: 'must' }, { id: 'nice' }, { id: 'no' }],
  },
  {
    id: 'company-name',
    topic: 'profile-card',
    figures: { fee: fig('service-focus.verification-fee', 'wecom') },
    options: [{ id: 'must' }, { id: 'nice' }, { id: 'no' }],
  },
  {
    id: 'moments',
    topic: 'moments',
    options: [
      { id: 'rarely' },
      { id: 'up-to', upTo: fig('moments.member-posts-per-day', 'wecom') },
      { id: 'more', above: fig('moments.member-posts-per-day', 'wecom') },
    ],
  },
  {
    id: 'groups',
    topic: 'groups',
    options: [
      { id: 'up-to', upTo: fig('groups.external-max-members', 'wecom') },
      { id: 'internal', above: fig('groups.external-max-members', 'wecom') },
      { id: 'external', above: fig('groups.external-max-members', 'wecom') },
    ],
  },
  {
    id: 'broadcast-size',
    topic: 'mass-messages',
    options: [
      { id: 'none' },
      { id: 'small', upTo: fig('mass-messages.recipients-per-send', 'wechat') },
      {
        id: 'large',
        above: fig('mass-messages.recipients-per-send', 'wechat'),
        upTo: fig('mass-messages.recipients-per-send', 'wecom'),
      },
      { id: 'huge', above: fig('mass-messages.recipients-per-send', 'wecom') },
    ],
  },
  {
    id: 'broadcast-frequency',
    topic: 'mass-messages',
    figures: { limit: fig('mass-messages.per-customer-limit', 'wecom') },
    options: [{ id: 'within' }, { id: 'more' }],
  },
  {
    id: 'work-tools',
    topic: 'work-tools',
    options: [{ id: 'must' }, { id: 'nice' }, { id: 'no' }],
  },
] as const satisfies readonly QuestionDef[];

export type Question = (typeof questions)[number];
export type QuestionId = Question['id'];
export type OptionId<Q extends QuestionId = QuestionId> = Extract<
  Question,
  { id: Q }
>['options'][number]['id'];

/** Answers by question; a question not (yet) answered is absent. */
export type Answers = { [Q in QuestionId]?: OptionId<Q> };

export const outcomes = ['wecom', 'wechat', 'both'] as const;
export type Outcome = (typeof outcomes)[number];
/**
 * `clear`: decided by a firm requirement or a wide margin of firm figures. `leaning`: a narrow
 * margin. `depends`: the result rests on figures that are disputed, weakly sourced or our
 * inference; the result lists them (`dependsOn`).
 */
export const strengths = ['clear', 'leaning', 'depends'] as const;
export type Strength = (typeof strengths)[number];

/** Explanations a reason can carry; their words live in the quiz messages. */
export const reasonNotes = [
  'for-individuals',
  'for-organisations',
  'keep-apart',
  'chats-only',
  'friend-cap',
  'member-approval',
  'spread-members',
  'free-quota',
  'paid-quota',
  'scattered',
  'customers-stay',
  'customers-leave',
  'company-name',
  'no-company-name',
  'as-yourself',
  'moments-cap',
  'moments-no-cap',
  'group-cap',
  'customer-group-cap',
  'internal-group',
  'all-staff-group',
  'qr-linked-groups',
  'broadcast-batches',
  'wecom-batch',
  'broadcast-cap',
  'work-tools',
  'check-in',
  'no-work-tools',
] as const;
export type ReasonNote = (typeof reasonNotes)[number];

/**
 * Why an answer points somewhere, resting on one figure (`factId`, `account`).
 * `rules-out`: `account` cannot meet the need. `weighs`: a preference worth `weight` points
 * to `favours`. `informs`: context (a condition, a limit that does not decide).
 */
export type Reason = {
  questionId: QuestionId;
  optionId: string;
  factId: LimitId;
  account: Account;
  kind: 'rules-out' | 'weighs' | 'informs';
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

export type RuledOut = { account: Account; questionId: QuestionId; factId: LimitId };
export type Flip = { questionId: QuestionId; optionId: string; outcome: Outcome };

/** How the recommendation was reached: a requirement, a conflict of requirements, or points. */
export type Basis = 'requirement' | 'conflict' | 'points';

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
  /** Figures that are not firm and pull towards the outcome: what the result depends on. */
  dependsOn: FigureRef[];
};

export type Incomplete = { complete: false; missing: QuestionId[]; ignored: string[] };
export type Score = Recommendation | Incomplete;

/** Point margin from which a recommendation reached on points is "clear". */
export const clearMargin = 3;

/** What a need that only a soft figure says an account cannot meet weighs, instead of ruling out. */
export const softRuleOutWeight = 3;

/** Figures the result cites when it assumes a verified organisation. */
export const assumptionFacts: Record<'verified-org', readonly FigureRef[]> = {
  'verified-org': [
    fig('service-focus.verification-fee', 'wecom'),
    fig('service-focus.verification-validity', 'wecom'),
    fig('contacts.unverified-org-cap', 'wecom'),
    fig('service-focus.unverified-member-cap', 'wecom'),
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

/** Whether a question applies, given the other answers (frequency only if you broadcast). */
export function isAsked(questionId: QuestionId, answers: Answers): boolean {
  if (questionId === 'broadcast-frequency') return answers['broadcast-size'] !== 'none';
  return true;
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

// ---------------------------------------------------------------------------------------
// Reading figures

type Data = readonly Limit[];

function cellOf(ref: FigureRef, data: Data) {
  return presentCell(getLimit(ref.id, data)[ref.account]);
}

/** A numeric figure; the quiz cannot work without it, so a missing one is an error. */
export function figureNumber(ref: FigureRef, data: Data = getLimits()): number {
  const value = cellOf(ref, data)?.value;
  if (typeof value !== 'number') {
    throw new Error(`The quiz needs a number for ${ref.id} (${ref.account}); got ${String(value)}`);
  }
  return value;
}

/** How much an account can hold: a number, unlimited when no cap is published, else unknown. */
function capacity(ref: FigureRef, data: Data): number | null {
  const value = cellOf(ref, data)?.value;
  if (typeof value === 'number') return value;
  if (value === 'no-published-cap') return Number.POSITIVE_INFINITY;
  return null;
}

function hasFeature(ref: FigureRef, data: Data): boolean {
  return cellOf(ref, data)?.value === true;
}

/** What an option asks for: the top of its range (just above its lower bound when open). */
export function optionNeed(option: OptionDef, data: Data = getLimits()): number {
  if (option.upTo) return figureNumber(option.upTo, data);
  if (option.above) return figureNumber(option.above, data) + 1;
  return 0;
}

// ---------------------------------------------------------------------------------------
// Rules: what each answer means for each account

type Signal = Omit<Reason, 'questionId' | 'optionId'>;

const other = (account: Account): Account => (account === 'wecom' ? 'wechat' : 'wecom');

const rulesOut = (ref: FigureRef, note: ReasonNote): Signal => ({
  factId: ref.id,
  account: ref.account,
  kind: 'rules-out',
  favours: other(ref.account),
  weight: 0,
  note,
});

const weighs = (ref: FigureRef, favours: Account, weight: number, note: ReasonNote): Signal => ({
  factId: ref.id,
  account: ref.account,
  kind: 'weighs',
  favours,
  weight,
  note,
});

const informs = (ref: FigureRef, note: ReasonNote): Signal => ({
  factId: ref.id,
  account: ref.account,
  kind: 'informs',
  favours: null,
  weight: 0,
  note,
});

/** A must-have feature: the account that has it is noted, one that lacks it is ruled out. */
function requireFeature(
  id: LimitId,
  notes: Record<'has' | 'lacks', Record<Account, ReasonNote>>,
  data: Data,
): Signal[] {
  return accounts.map((account) =>
    hasFeature(fig(id, account), data)
      ? informs(fig(id, account), notes.has[account])
      : rulesOut(fig(id, account), notes.lacks[account]),
  );
}

/** A nice-to-have feature: points to the account that has it, when only one has it. */
function preferFeature(
  id: LimitId,
  weight: number,
  notes: Record<Account, ReasonNote>,
  data: Data,
): Signal[] {
  const having = accounts.filter((account) => hasFeature(fig(id, account), data));
  const [only] = having;
  if (having.length !== 1 || only === undefined) return [];
  return [weighs(fig(id, only), only, weight, notes[only])];
}

function optionOf(questionId: QuestionId, optionId: string): OptionDef {
  const option = byQuestion.get(questionId)?.options.find((candidate) => candidate.id === optionId);
  if (!option) throw new Error(`Unknown option "${optionId}" of question "${questionId}"`);
  return option;
}

type Rule = (optionId: string, need: number, data: Data) => Signal[];

const rules: Record<QuestionId, Rule> = {
  purpose: (option) => {
    if (option === 'me')
      return [weighs(fig('service-focus.audience', 'wechat'), 'wechat', 2, 'for-individuals')];
    const note = option === 'both' ? 'keep-apart' : 'for-organisations';
    return [weighs(fig('service-focus.audience', 'wecom'), 'wecom', 1, note)];
  },

  contacts: (_, need, data) => {
    const signals: Signal[] = [];
    const wechatFull = fig('contacts.per-account-default', 'wechat');
    const wechatMax = fig('contacts.per-account-max', 'wechat');
    const wecomDefault = fig('contacts.per-account-default', 'wecom');
    const wecomMax = fig('contacts.per-account-max', 'wecom');
    if (need > figureNumber(wechatMax, data)) signals.push(rulesOut(wechatMax, 'friend-cap'));
    else if (need > figureNumber(wechatFull, data))
      signals.push(weighs(wechatFull, 'wecom', 2, 'chats-only'));
    // Past one member's cap, WeCom still works: the customers are spread over colleagues.
    if (need > figureNumber(wecomMax, data)) signals.push(informs(wecomMax, 'spread-members'));
    else if (need > figureNumber(wecomDefault, data))
      signals.push(informs(wecomMax, 'member-approval'));
    return signals;
  },

  customers: (_, need, data) => {
    const signals: Signal[] = [];
    const free = fig('contacts.free-external-contacts', 'wecom');
    const wechatMax = fig('contacts.per-account-max', 'wechat');
    if (need > figureNumber(free, data)) signals.push(weighs(free, 'wechat', 1, 'paid-quota'));
    else signals.push(informs(free, 'free-quota'));
    if (need > figureNumber(wechatMax, data))
      signals.push(weighs(wechatMax, 'wecom', 2, 'scattered'));
    return signals;
  },

  team: (option, _, data) => {
    const id = 'staff-leaving.customers-stay-with-company';
    const notes = { wecom: 'customers-stay', wechat: 'customers-leave' } as const;
    if (option === 'must') return requireFeature(id, { has: notes, lacks: notes }, data);
    if (option === 'nice') return preferFeature(id, 2, notes, data);
    return [];
  },

  'company-name': (option, _, data) => {
    const id = 'profile-card.verified-company-name';
    const notes = { wecom: 'company-name', wechat: 'no-company-name' } as const;
    if (option === 'must') return requireFeature(id, { has: notes, lacks: notes }, data);
    if (option === 'nice') return preferFeature(id, 1, notes, data);
    return hasFeature(fig(id, 'wechat'), data)
      ? []
      : [weighs(fig(id, 'wechat'), 'wechat', 1, 'as-yourself')];
  },

  moments: (_, need, data) => {
    if (need === 0) return [];
    const wecom = fig('moments.member-posts-per-day', 'wecom');
    const wechat = fig('moments.member-posts-per-day', 'wechat');
    const signals: Signal[] = [];
    const wecomCap = capacity(wecom, data);
    if (wecomCap !== null)
      signals.push(
        need > wecomCap ? rulesOut(wecom, 'moments-cap') : informs(wecom, 'moments-cap'),
      );
    const wechatCap = capacity(wechat, data);
    if (wechatCap !== null && need > wechatCap) signals.push(rulesOut(wechat, 'moments-cap'));
    else if (wechatCap === Number.POSITIVE_INFINITY && need > (wecomCap ?? 0))
      signals.push(informs(wechat, 'moments-no-cap'));
    return signals;
  },

  groups: (option, need, data) => {
    if (option === 'up-to') return [];
    const wechat = fig('groups.external-max-members', 'wechat');
    const signals: Signal[] = [];
    if (need > figureNumber(wechat, data)) signals.push(rulesOut(wechat, 'group-cap'));
    if (option === 'internal') {
      const internal = fig('groups.internal-max-members', 'wecom');
      signals.push(
        need > figureNumber(internal, data)
          ? rulesOut(internal, 'internal-group')
          : informs(internal, 'internal-group'),
        informs(fig('groups.all-staff-max-members', 'wecom'), 'all-staff-group'),
      );
      return signals;
    }
    const customerGroup = fig('groups.external-max-members', 'wecom');
    if (need > figureNumber(customerGroup, data)) {
      signals.push(rulesOut(customerGroup, 'customer-group-cap'));
      // One QR code fills several groups in turn: the closest WeCom gets to one big group.
      signals.push(weighs(fig('groups.qr-linked-groups', 'wecom'), 'wecom', 2, 'qr-linked-groups'));
    }
    return signals;
  },

  'broadcast-size': (option, need, data) => {
    if (option === 'none') return [];
    const wechat = fig('mass-messages.recipients-per-send', 'wechat');
    const wecom = fig('mass-messages.recipients-per-send', 'wecom');
    if (need <= figureNumber(wechat, data)) return [];
    return [weighs(wechat, 'wecom', 2, 'broadcast-batches'), informs(wecom, 'wecom-batch')];
  },

  'broadcast-frequency': (option, _, data) => {
    const wecom = fig('mass-messages.per-customer-limit', 'wecom');
    if (cellOf(wecom, data) === null) return [];
    return [option === 'more' ? rulesOut(wecom, 'broadcast-cap') : informs(wecom, 'broadcast-cap')];
  },

  'work-tools': (option, _, data) => {
    const tools = 'work-tools.calendar-meetings-docs';
    const notes = { wecom: 'work-tools', wechat: 'no-work-tools' } as const;
    if (option === 'must') {
      return [
        ...requireFeature(tools, { has: notes, lacks: notes }, data),
        ...(hasFeature(fig('work-tools.check-in-approvals-reports', 'wecom'), data)
          ? [informs(fig('work-tools.check-in-approvals-reports', 'wecom'), 'check-in')]
          : []),
      ];
    }
    if (option === 'nice') return preferFeature(tools, 1, notes, data);
    return [];
  },
};

/** The reasons one answer gives, before they are weighed against each other. */
export function answerReasons(
  questionId: QuestionId,
  optionId: string,
  data: Data = getLimits(),
): Reason[] {
  const option = optionOf(questionId, optionId);
  const signals = rules[questionId](optionId, optionNeed(option, data), data);
  const ruledOut = new Set(signals.filter((s) => s.kind === 'rules-out').map((s) => s.account));
  // A need that neither account meets decides nothing: it stays as information.
  const neither = ruledOut.size === accounts.length;
  return signals.map((signal): Reason => {
    const reason = { questionId, optionId, ...signal };
    if (neither && signal.kind === 'rules-out')
      return { ...reason, kind: 'informs', favours: null, neither: true };
    const cell = cellOf({ id: signal.factId, account: signal.account }, data);
    if (!cell || isFirm(claimCaveat(cell))) return reason;
    // A figure we cannot vouch for never decides alone: it weighs, and the result says so.
    return signal.kind === 'rules-out'
      ? { ...reason, kind: 'weighs', weight: softRuleOutWeight, soft: true, softRuleOut: true }
      : { ...reason, soft: true };
  });
}

// ---------------------------------------------------------------------------------------
// Deciding

export type Decision = Omit<Recommendation, 'flips' | 'ignored' | 'complete'>;

/** The recommendation without flips, for answers already cleaned and complete. */
export function decide(answers: Answers, data: Data = getLimits()): Decision {
  const reasons = askedQuestions(answers).flatMap((question) =>
    answerReasons(question.id, answers[question.id] as string, data),
  );
  const personal = answers.purpose === 'me' || answers.purpose === 'both';
  const { account, basis, points, ruledOut, margin } = weigh(reasons);
  const outcome = outcomeOf(account, personal);

  // A soft figure may not decide: the verdict must hold whether it is right (it rules out, as
  // a firm figure would) or wrong (it counts for nothing). If not, the result depends on it.
  const soft = reasons.filter((r) => r.soft && r.kind === 'weighs');
  const ifRight = weigh(reasons.map((r) => (r.softRuleOut ? { ...r, kind: 'rules-out' } : r)));
  const ifWrong = weigh(reasons.filter((r) => !soft.includes(r)));
  const holds = [ifRight, ifWrong].every((v) => outcomeOf(v.account, personal) === outcome);
  const firmlyClear =
    holds && (ifWrong.basis !== 'points' || Math.abs(ifWrong.margin) >= clearMargin);
  // What the reader must check: every soft figure when it could change the outcome, else the
  // soft figures that make the result look firmer than the firm ones alone would.
  const deciding = holds
    ? firmlyClear
      ? []
      : soft.filter((r) => r.favours === (account === 'both' ? null : account))
    : soft;
  const dependsOn = [...new Map(deciding.map((r) => [`${r.factId}:${r.account}`, r])).values()].map(
    (r) => fig(r.factId, r.account),
  );
  let strength: Strength;
  if (firmlyClear) strength = 'clear';
  else if (dependsOn.length > 0) strength = 'depends';
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
  else [account, basis] = [margin > 0 ? 'wecom' : 'wechat', 'points'];
  return { account, basis, points, ruledOut, margin } as const;
}

/**
 * The recommendation for these answers. Untrusted input is cleaned first (unknown parts are
 * listed in `ignored`); if an applicable question is unanswered, the result says which.
 */
export function score(input: unknown, data: Data = getLimits()): Score {
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
 * Problems in the data for the quiz: a missing figure, or numeric options whose ranges are
 * not in increasing order (a changed figure that would make a question nonsense).
 */
export function findQuizDataProblems(data: Data = getLimits()): string[] {
  const problems: string[] = [];
  for (const question of questions as readonly QuestionDef[]) {
    let previous = -1;
    for (const option of question.options) {
      try {
        if (!option.upTo && !option.above) continue;
        const low = option.above ? figureNumber(option.above, data) : 0;
        const high = option.upTo ? figureNumber(option.upTo, data) : Number.POSITIVE_INFINITY;
        if (low >= high || (option.above && low < previous)) {
          problems.push(`${question.id}.${option.id}: range ${low}–${high} is out of order`);
        }
        if (option.upTo) previous = high;
      } catch (error) {
        problems.push(`${question.id}.${option.id}: ${(error as Error).message}`);
      }
    }
    try {
      for (const option of question.options) {
        for (const ref of Object.values(option.figures ?? {})) getLimit(ref.id, data);
        answerReasons(question.id as QuestionId, option.id, data);
      }
    } catch (error) {
      problems.push(`${question.id}: ${(error as Error).message}`);
    }
  }
  return problems;
}

/** An answer and the reasons it gives, for the decision guide and the outcome pages. */
export type AnswerGuide = { questionId: QuestionId; optionId: string; reasons: Reason[] };

/** Every answer with its reasons, question by question: the quiz as a readable table. */
export function decisionGuide(data: Data = getLimits()): AnswerGuide[] {
  return questions.flatMap((question) =>
    question.options.map((option) => ({
      questionId: question.id,
      optionId: option.id,
      reasons: answerReasons(question.id, option.id, data),
    })),
  );
}

/**
 * Answers that typically lead to an outcome, with only the reasons that point there: what
 * an outcome page shows to a visitor who arrives without answers of their own.
 */
export function typicalAnswers(outcome: Outcome, data: Data = getLimits()): AnswerGuide[] {
  // Both accounts: WeChat stays for private life, WeCom takes what WeChat cannot do.
  const account: Account = outcome === 'wechat' ? 'wechat' : 'wecom';
  const pull = (reason: Reason) => {
    const sign = reason.favours === account ? 1 : reason.favours === null ? 0 : -1;
    return sign * (reason.kind === 'rules-out' ? Number.POSITIVE_INFINITY : reason.weight);
  };
  return decisionGuide(data)
    .map((entry) => {
      if (entry.questionId === 'purpose') {
        const personal = entry.optionId !== 'business';
        const fits =
          outcome === 'both'
            ? personal
            : entry.optionId !== 'both' && entry.reasons.some((r) => r.favours === outcome);
        return fits ? entry : { ...entry, reasons: [] };
      }
      // An answer whose reasons pull both ways counts only if, on balance, it pulls here.
      const net = entry.reasons.reduce((sum, reason) => sum + pull(reason), 0);
      const relevant = entry.reasons.filter(
        (reason) => pull(reason) > 0 && (outcome !== 'both' || reason.kind === 'rules-out'),
      );
      return net > 0 ? { ...entry, reasons: relevant } : { ...entry, reasons: [] };
    })
    .filter((entry) => entry.reasons.length > 0);
}

/** The facts behind an outcome's typical reasons, each once: for its preview card. */
export function outcomeFacts(outcome: Outcome, data: Data = getLimits()): LimitId[] {
  return [
    ...new Set(
      typicalAnswers(outcome, data).flatMap((entry) => entry.reasons.map((r) => r.factId)),
    ),
  ];
}
