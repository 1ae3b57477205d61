import type { ChangeKind, ValueChangeKind } from './changelog-schema';
import type {
  Absence,
  Account,
  AlternativeKind,
  CaveatKind,
  Condition,
  EnumValue,
  SeedStatus,
  SourceTier,
  Unit,
} from './vocabulary';

/**
 * The shapes of the words `content/<lang>/` writes: the only types besides the data schemas
 * that the content imports, so it depends on nothing above this layer.
 */

/** Plural forms of a unit label, selected with `Intl.PluralRules`. */
export type PluralLabel = { one: string; other: string };

/** A sentence with one date (`{date}`) and one with a range (`{oldest}`, `{newest}`). */
export type VerificationTemplates = { one: string; range: string };

/** What the search dialog says, in one language (`search` in the messages). */
export type SearchMessages = {
  /** The header control that opens search. */
  open: string;
  /** The dialog's name. */
  title: string;
  /** The label of the search field. */
  input: string;
  placeholder: string;
  close: string;
  loading: string;
  /** `{count}` results for `{query}`. */
  results: { one: string; other: string };
  /** Nothing found for `{query}`. */
  none: string;
  /** The index could not be loaded. */
  unavailable: string;
  /** Marks a result that is one row of a table of figures. */
  figure: string;
  /** Introduces the pages to browse instead: the overview and the glossary. */
  browse: string;
  /**
   * On the overview, where the search link leads without JavaScript: where the terms are
   * (a question, then the glossary link's text).
   */
  termsHint: string;
  termsLink: string;
};

/**
 * Every UI string of one language, for the data's fact and source ids (`Messages` in
 * lib/i18n/messages.ts binds them). The records keyed by data vocabularies make a missing
 * label a type error, so a new fact or unit cannot ship without its words.
 */
export type MessagesOf<FactId extends string, SourceId extends string> = {
  site: {
    name: string;
    tagline: string;
    skipLink: string;
    navLabel: string;
    languageLabel: string;
    /** The footer's link to the correction channel. */
    reportError: string;
    /** The phone header's menu button. */
    menu: string;
    footerNavLabel: string;
    nav: { overview: string; quiz: string; sources: string };
    footer: string;
    dataNote: VerificationTemplates;
  };
  home: {
    title: string;
    description: string;
    answer: string;
    answerMore: string;
    tableTitle: string;
    tableLink: string;
    tableDescription: string;
    tableIntro: string;
    articlesTitle: string;
    readArticle: string;
    quizTitle: string;
    quizText: string;
    quizCta: string;
  };
  table: {
    /** Explains the caveat mark, once above each table. */
    caveatLegend: string;
    caption: string;
    overviewCaption: string;
    fact: string;
    verifiedOn: string;
    sourceRef: string;
    scrollHint: string;
    rowLink: string;
    reportCorrection: string;
    reportShort: string;
    /**
     * The row's latest change: what the widely copied article said (a seed correction), or
     * what this site said before (an update of ours).
     */
    changed: Record<ValueChangeKind, string>;
  };
  /**
   * Punctuation around labels, lists, brackets and between sentences: full-width in Chinese,
   * where sentences follow each other with no space.
   */
  punctuation: {
    colon: string;
    separator: string;
    open: string;
    close: string;
    sentenceGap: string;
  };
  accounts: Record<Account, string>;
  facts: Record<FactId, string>;
  units: Record<Unit, PluralLabel>;
  conditions: Record<Condition, string>;
  enums: Record<EnumValue, string>;
  booleans: { yes: string; no: string };
  /** What each caveat says (`official` is empty: no warning). */
  caveats: Record<CaveatKind, string>;
  /** A caveat's one-word mark in tables (`official` is empty). */
  caveatShort: Record<CaveatKind, string>;
  absent: Record<Absence, string>;
  alternatives: Record<AlternativeKind, string>;
  /** A disputed figure: its values side by side ("A / B") and what that means. */
  dispute: {
    /** Between the values: " / ". */
    separator: string;
    /** After the values, where they carry their own source links: "sources disagree". */
    note: string;
    /** The values with their sources named, in plain text: "{values}: sources disagree". */
    text: string;
  };
  seed: {
    before: string;
    now: string;
    /** Before the links to the sources of an old rule. */
    history: string;
    statusTitle: Record<SeedStatus, string>;
    notes: Partial<Record<FactId, { before: string; now: string }>>;
  };
  article: {
    inShort: string;
    previous: string;
    next: string;
    backToOverview: string;
    sourcesTitle: string;
    sourcesIntro: string;
    undated: string;
    sourceDate: string;
    tiers: Record<SourceTier, string>;
    /**
     * The legend of the mark on inline figures and estimator lines; `{kinds}` lists the short
     * names of the caveats present (`markLegend`), so it is true of every mark it explains.
     */
    caveatMark: string;
    freshness: VerificationTemplates;
    articleNav: string;
  };
  quiz: { title: string; description: string };
  share: {
    ogAlt: string;
    posterCta: string;
    savePoster: string;
    posterAlt: string;
    /** The legend of the mark on share images; `{kinds}` as in `article.caveatMark`. */
    caveatLegend: string;
    checked: VerificationTemplates;
  };
  /** `quoteLabel` takes `{fact}`. */
  sourcesPage: { allSources: string; quoteLabel: string };
  /** Source titles in this language, for sources whose own title is in another one. */
  sourceTitles: Partial<Record<SourceId, string>>;
  /**
   * Publishers as this language writes them, keyed by the name in `content/sources.ts`, where a
   * mirror or a signature is noted in English ("北京日报 (via caiding5.cn)").
   */
  sourcePublishers: Readonly<Record<string, string>>;
  corrections: { subject: string; body: string };
  /** The report page: how to report an error, and the report about each fact, ready to copy. */
  report: {
    title: string;
    description: string;
    intro: string;
    /** Heading of the report about one fact; takes `{label}`. */
    factTitle: string;
    /** Above the report's text. */
    copy: string;
    /** From a report to the fact's row. */
    row: string;
    /** Sends a report through the configured channel. */
    send: string;
    includeTitle: string;
    include: readonly string[];
    checkTitle: string;
    check: string;
    changesLink: string;
    dataTitle: string;
    data: string;
    openDataLink: string;
    sendTitle: string;
    /** Before the link to the configured channel. */
    sendVia: string;
    sendLink: string;
    /** When the build names no channel (CORRECTIONS_URL unset). */
    noChannel: string;
    pickTitle: string;
    pickIntro: string;
  };
  openData: {
    title: string;
    description: string;
    intro: string;
    filesTitle: string;
    files: { json: string; csv: string; schema: string };
    version: string;
    fieldsTitle: string;
    fields: Record<
      | 'id'
      | 'topic'
      | 'value'
      | 'unit'
      | 'condition'
      | 'confidence'
      | 'caveat'
      | 'sources'
      | 'alternatives'
      | 'absent'
      | 'verifiedAt'
      | 'seed'
      | 'sourceList'
      | 'changelog',
      string
    >;
    licenceTitle: string;
    licence: string;
    exampleTitle: string;
    correctionsTitle: string;
    corrections: string;
    footerLink: string;
  };
  changes: {
    title: string;
    description: string;
    intro: string;
    /** The page's two sections: the figures that changed, then the pages added. */
    figuresTitle: string;
    pagesTitle: string;
    kinds: Record<ChangeKind, string>;
    sources: string;
    footerLink: string;
  };
  /** Ways to follow the site: the changes feed, and the app on a phone's home screen. */
  subscribe: {
    /** The changes page's link to the language's Atom feed. */
    feedLink: string;
    /** Beside the link: what a feed reader does with it. */
    feedHint: string;
    /** The name under the icon on a home screen (the manifest's short_name): 12 characters at most. */
    appName: string;
  };
  glossary: {
    title: string;
    description: string;
    intro: string;
    unofficial: string;
    caption: string;
    footerLink: string;
  };
  notFound: { title: string; text: string; home: string };
  search: SearchMessages;
  /** Fact cards: the share page, the row action that leads there, and the cards' words. */
  factShare: {
    title: string;
    description: string;
    intro: string;
    pickTitle: string;
    pickIntro: string;
    /** Heading of one fact's share section; takes `{label}`. */
    factTitle: string;
    imageLink: string;
    /** Before the row's address. */
    rowLink: string;
    embedLabel: string;
    embedHint: string;
    /** The row action's text, and its accessible name (takes `{label}`). */
    rowAction: string;
    rowActionLabel: string;
    /** A card's alt text: `{label}`, `{wecom}`, `{wechat}` (each "Account: value…"). */
    cardAlt: string;
    /** A card's source line: `{source}`; with several, `{count}` too (first, so a cut keeps it). */
    cardSource: string;
    cardSources: string;
    /** The alt text of the root address's card. */
    rootAlt: string;
  };
};
