import type { Fact, FactId, Source } from '../data/fact-lookup';
import type { Account, Difference } from '../schema/vocabulary';

/** Where the quiz reads a value: one account's cell of one fact. */
export type CellRef = { readonly id: FactId; readonly account: Account };

/**
^ * The facts the quiz reads and the sources they cite: the slice of the data module the quiz
 * page hands its script (`quizData()`); tests inject changed figures.
 */
export type Data = { readonly facts: readonly Fact[]; readonly sources: readonly Source[] };

/**
 * An answer option. A numeric option covers a range between two figures of the data
 * (`above` < need ≤ `upTo`); its label shows them as `{from}` and `{to}`. `figures` names
 * other figures a label shows. `personal`: the visitor also has a private life to keep on
 * personal WeChat, so a WeCom recommendation becomes "both". `essential`: see below.
 */
export type OptionDef = {
  readonly id: string;
  readonly above?: CellRef;
  readonly upTo?: CellRef;
  readonly figures?: Readonly<Record<string, CellRef>>;
  readonly personal?: boolean;
  /**
   * The reader calls this need essential ("Yes, it is essential"): the verdict always says
   * whether it decided, and if not, why.
   */
  readonly essential?: boolean;
};

/** What one answer means for each account, before it is weighed: a reason without its question. */
export type Signal = {
  factId: FactId;
  account: Account;
  kind: 'rules-out' | 'weighs' | 'informs';
  favours: Account | null;
  weight: number;
  note: string;
};

/** The rule of a question: the signals of one of its options. `need` is the option's need. */
export type Rule = (context: { option: string; need: number; data: Data }) => Signal[];

/** Answers seen by `asked`: by question id, possibly partial. */
export type AnswerMap = Readonly<Partial<Record<string, string>>>;

export type QuestionDef = {
  readonly id: string;
  /** The difference (article) the question is about. */
  readonly topic: Difference;
  readonly options: readonly OptionDef[];
  /** Figures the question's hint shows, by placeholder name. */
  readonly figures?: Readonly<Record<string, CellRef>>;
  /** Whether the question applies, given the other answers (by default, always). */
  readonly asked?: (answers: AnswerMap) => boolean;
  /** The explanations its reasons can carry; their words live in the quiz messages. */
  readonly notes: readonly string[];
  readonly rule: Rule;
};
