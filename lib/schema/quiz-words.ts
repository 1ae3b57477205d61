import type { PluralLabel } from './words';
import type { Outcome } from './vocabulary';

/*
 * The shape of the quiz's words in one language (`content/<lang>/quiz.ts`), with the ids they
 * are keyed by. Types only, free of quiz logic, so the content can satisfy them without importing
 * the engine: each question file (`questions/<id>.ts`) is checked against `QuizVocabulary`, and
 * a question, option or note missing here, or missing its words in a language, is a type error
 * that names it. Figures are never written in the words: `{placeholders}` are filled from the
 * data (see ./text.ts for which ones each takes).
 */

/** Each question's answer options and the notes its reasons can carry, by question id. */
export type QuizVocabulary = {
  purpose: {
    options: 'me' | 'business' | 'both';
    notes: 'for-individuals' | 'for-organisations' | 'keep-apart';
  };
  contacts: {
    options: 'friends' | 'chats-only' | 'member-max' | 'beyond';
    notes: 'chats-only' | 'friend-cap' | 'member-approval' | 'spread-members';
  };
  customers: {
    options: 'free-quota' | 'one-account' | 'more';
    notes: 'free-quota' | 'paid-quota' | 'scattered';
  };
  team: { options: FeatureOption; notes: 'customers-stay' | 'customers-leave' };
  'company-name': {
    options: FeatureOption;
    notes: 'company-name' | 'no-company-name' | 'as-yourself';
  };
  moments: { options: 'rarely' | 'up-to' | 'more'; notes: 'moments-cap' | 'moments-no-cap' };
  groups: {
    options: 'up-to' | 'internal' | 'external';
    notes:
      | 'group-cap'
      | 'customer-group-cap'
      | 'internal-group'
      | 'all-staff-group'
      | 'qr-linked-groups';
  };
  'broadcast-size': {
    options: 'none' | 'small' | 'large' | 'huge';
    notes: 'broadcast-batches' | 'wecom-batch';
  };
  'broadcast-frequency': { options: 'within' | 'more'; notes: 'broadcast-cap' };
  'work-tools': { options: FeatureOption; notes: 'work-tools' | 'no-work-tools' | 'check-in' };
};

/** The options of a question about a feature: essential, nice to have, not wanted. */
type FeatureOption = 'must' | 'nice' | 'no';

export type QuestionId = keyof QuizVocabulary;
export type OptionId<Q extends QuestionId = QuestionId> = QuizVocabulary[Q]['options'];
/** Why an answer matters: the explanations a question's reasons can carry. */
export type ReasonNote<Q extends QuestionId = QuestionId> = QuizVocabulary[Q]['notes'];

/** How firm a recommendation is (see `strengths` in ./engine.ts). */
export type Strength = 'clear' | 'leaning' | 'tie' | 'depends';
/**
 * How a recommendation was reached: a requirement, a conflict of requirements, points, or a tie
 * on points (broken towards personal WeChat).
 */
export type Basis = 'requirement' | 'conflict' | 'points' | 'tie';
/** What a reason does to an account (see `Reason` in ./engine.ts). */
export type ReasonKind = 'rules-out' | 'weighs' | 'informs';
/** Why an answer the reader called essential did not decide (see `EssentialStatus`). */
export type EssentialMiss = 'both-meet' | 'neither' | 'outweighed';

/**
 * One question's words, together: its legend, short label and hint, its options' labels (range
 * options take `{from}` and `{to}`) and the notes its reasons carry (`{value}` is the figure with
 * its unit, `{number}` without).
 */
export type QuestionMessages<Q extends QuestionId> = {
  legend: string;
  /** Short label for summaries and reasons. */
  short: string;
  hint?: string;
  options: Record<OptionId<Q>, string>;
  notes: Record<ReasonNote<Q>, string>;
};

/** Every string of the quiz in one language. */
export type QuizMessages = {
  page: {
    title: string;
    description: string;
    /** `{count}`: the most questions a visitor answers. */
    intro: string;
    start: string;
    /** Link from the start screen to the decision guide page. */
    guideLink: string;
    /** The notice for readers without JavaScript, then its link to the decision guide page. */
    noScript: string;
    noScriptGuide: string;
  };
  flow: {
    /** `{n}`, `{total}`. */
    progress: string;
    progressLabel: string;
    back: string;
    next: string;
    saveAndReturn: string;
    chooseOne: string;
  };
  /** Each question's words, in one block per question. */
  questions: { [Q in QuestionId]: QuestionMessages<Q> };
  summary: {
    title: string;
    intro: string;
    change: string;
    /** `{question}`. */
    changeLabel: string;
    seeResult: string;
    untrusted: string;
    confirm: string;
  };
  outcomes: Record<
    Outcome,
    { title: string; description: string; headline: string; summary: string; name: string }
  >;
  strength: Record<Strength, string>;
  /** `points` takes `{wecom}` and `{wechat}`. */
  basis: Record<Basis, string>;
  result: {
    verdictLabel: string;
    decidedBy: string;
    evidenceIntro: string;
    answersTitle: string;
    reasonsTitle: string;
    /** `{question}`, `{answer}`. */
    answer: string;
    /** Visible label of each kind of reason (never colour alone); `{account}`. */
    kinds: Record<ReasonKind | 'neither', string>;
    /** Heading of the changes that lead to one other outcome; `{outcome}`. */
    flipsTitle: string;
    /** `{question}`, `{answer}`, `{outcome}`. */
    flip: string;
    /** Under `verdict.changeTitle`, when no single change leads to another outcome. */
    noFlips: string;
    dependsOnTitle: string;
    dependsOn: string;
    assumptionsTitle: string;
    /** `{fee}`, `{validity}`, `{customers}`, `{members}`. */
    verifiedOrg: string;
    /** `{account}`, `{fact}`. */
    figure: string;
    source: string;
    row: string;
    retake: string;
    change: string;
  };
  share: {
    /** The link to the outcome's poster (WeChat ignores link previews; people share images). */
    poster: string;
    title: string;
    intro: string;
    linkLabel: string;
    copy: string;
    copied: string;
    copyFailed: string;
    share: string;
    /** `{headline}`. */
    text: string;
  };
  link: {
    title: string;
    damaged: string;
    /** `{n}`, `{total}`. */
    recovered: string;
    finish: string;
    review: string;
    retake: string;
    alteredTitle: string;
    altered: string;
    confirm: string;
  };
  /** The decision guide page (/<lang>/quiz/guide/): the quiz's logic as a reading page. */
  guide: {
    /** The page's <h1> and title. */
    title: string;
    /** Its meta description and link-preview text. */
    description: string;
    intro: string;
    howTitle: string;
    /** The rules; `{margin}` is the clear-recommendation margin. */
    how: string[];
    /** `{answer}`. */
    option: string;
    noEffect: string;
    points: PluralLabel;
  };
  general: {
    title: string;
    intro: string;
    take: string;
  };
  /** The verdict card's weights, the essentials, what would change it and disputed figures. */
  verdict: {
    /** Kind label of a need only a soft figure says an account cannot meet; `{account}`, `{points}`. */
    softRulesOut: string;
    /** Replaces `basis.points` when such a need counted points; `{soft}`, `{wecom}`, `{wechat}`. */
    softBasis: string;
    /** Heading of the essentials that did not decide. */
    essentialTitle: string;
    /** Why an essential answer did not decide; `{question}`; `outweighed` also `{account}`, `{points}`. */
    essential: Record<EssentialMiss, string>;
    /** Heading over `result.noFlips`. */
    changeTitle: string;
    /** A disputed figure in a sentence: `{value}`, `{alternative}` (its label). */
    disputed: string;
    /** The same with sources' titles: `{sources}`, `{altSources}`. */
    disputedWithSources: string;
    /** Label before a figure's sources (one or more). */
    sources: string;
    /** A shared link whose address names another outcome than its answers; `{named}`, `{outcome}`. */
    named: string;
  };
  /** The start screen's notices for links that cannot be read or come from another version. */
  linkNotice: {
    otherVersionTitle: string;
    otherVersion: string;
    unreadableTitle: string;
    unreadable: string;
    start: string;
  };
};
