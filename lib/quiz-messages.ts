import type { Basis, OptionId, Outcome, QuestionId, ReasonNote, Reason, Strength } from './quiz';
import type { PluralLabel } from './schema/words';

/**
 * Every string of the quiz in one language. Keyed by the quiz's own ids, so a new question,
 * option, outcome or reason cannot ship without its words. Figures are never written here:
 * `{placeholders}` are filled from the data (see lib/quiz-text.ts for which ones each takes).
 */
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
  /** Legends, hints and option labels. Range options take `{from}` and `{to}`. */
  questions: {
    [Q in QuestionId]: {
      legend: string;
      /** Short label for summaries and reasons. */
      short: string;
      hint?: string;
      options: Record<OptionId<Q>, string>;
    };
  };
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
    kinds: Record<Reason['kind'] | 'neither', string>;
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
  /** Why an answer matters; `{value}` is the figure with its unit, `{number}` without. */
  notes: Record<ReasonNote, string>;
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
    essential: { 'both-meet': string; neither: string; outweighed: string };
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
