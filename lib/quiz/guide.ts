import { findFact, type FactId } from '../data/fact-lookup';
import type { Account } from '../schema/vocabulary';

import { quizData } from './data';
import { cellNumber } from './define';
import { answerReasons, getQuestion, type Outcome, type QuestionId, type Reason } from './engine';
import { questions } from './questions';
import type { Data, QuestionDef } from './types';

/*
 * The quiz read as a whole rather than answered: every answer with its reasons (the decision
 * guide), the answers typical of an outcome (outcome pages), and a check of the data. Server
 * only: kept apart from the engine so the quiz's browser code does not carry them.
 */

/**
 * Problems in the data for the quiz: a missing figure, or numeric options whose ranges are
 * not in increasing order (a changed figure that would make a question nonsense).
 */
export function findQuizDataProblems(data: Data = quizData()): string[] {
  const problems: string[] = [];
  for (const question of questions as readonly QuestionDef[]) {
    let previous = -1;
    for (const option of question.options) {
      try {
        if (!option.upTo && !option.above) continue;
        const low = option.above ? cellNumber(option.above, data) : 0;
        const high = option.upTo ? cellNumber(option.upTo, data) : Number.POSITIVE_INFINITY;
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
        for (const ref of Object.values(option.figures ?? {})) findFact(ref.id, data.facts);
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
export function decisionGuide(data: Data = quizData()): AnswerGuide[] {
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
export function typicalAnswers(outcome: Outcome, data: Data = quizData()): AnswerGuide[] {
  // Both accounts: WeChat stays for private life, WeCom takes what WeChat cannot do.
  const account: Account = outcome === 'wechat' ? 'wechat' : 'wecom';
  const pull = (reason: Reason) => {
    const sign = reason.favours === account ? 1 : reason.favours === null ? 0 : -1;
    return sign * (reason.kind === 'rules-out' ? Number.POSITIVE_INFINITY : reason.weight);
  };
  return decisionGuide(data)
    .map((entry) => {
      const { options } = getQuestion(entry.questionId)!;
      const personal = options.find((o) => o.id === entry.optionId)?.personal === true;
      if (options.some((option) => option.personal)) {
        // A question about whose life the account serves: a personal answer that favours
        // WeCom means both accounts; only a personal answer can point to both.
        const favours = (a: Account) => entry.reasons.some((r) => r.favours === a);
        const fits =
          outcome === 'both' ? personal : favours(outcome) && !(personal && favours('wecom'));
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
export function outcomeFacts(outcome: Outcome, data: Data = quizData()): FactId[] {
  return [
    ...new Set(
      typicalAnswers(outcome, data).flatMap((entry) => entry.reasons.map((r) => r.factId)),
    ),
  ];
}
