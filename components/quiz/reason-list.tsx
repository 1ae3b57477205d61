import type { Reason } from '@/lib/quiz';
import { pointsText, reasonKind, reasonSentence, type QuizText } from '@/lib/quiz/text';

import { FigureNote } from './figure-note';

type ReasonListProps = { reasons: readonly Reason[]; text: QuizText; points?: boolean };

const marks: Record<Reason['kind'], string> = { 'rules-out': '✕', weighs: '+', informs: 'i' };

/** The reasons of one answer: a visible kind label (never colour alone), a sentence, a figure. */
export function ReasonList({ reasons, text, points = false }: ReasonListProps) {
  // Brackets per language: full-width in Chinese.
  const { open, close } = text.labels.punctuation;
  return (
    <ul className="mt-2 space-y-3">
      {reasons.map((reason, index) => (
        <li key={index} className="quiz-reason" data-reason={reason.questionId}>
          <p>
            <span className="quiz-kind">
              <span aria-hidden="true">{marks[reason.kind]} </span>
              {reasonKind(reason, text)}
              {points &&
                reason.kind === 'weighs' &&
                !reason.softRuleOut &&
                `${open}${pointsText(reason.weight, text)}${close}`}
            </span>
            {reasonSentence(reason, text)}
          </p>
          <FigureNote figure={{ id: reason.factId, account: reason.account }} text={text} />
        </li>
      ))}
    </ul>
  );
}
