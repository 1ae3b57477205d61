import type { ReactNode } from 'react';

import type { FlowAction, FlowState } from '@/lib/quiz/flow';
import { missingQuestions } from '@/lib/quiz';
import type { QuizMessages } from '@/lib/schema/quiz-words';

import { LinkNotice } from './link-notice';
import { buttonClass } from './styles';

type StartScreenProps = {
  state: FlowState;
  messages: QuizMessages;
  /** What the quiz asks and how long it takes (server-rendered). */
  intro: ReactNode;
  act: (action: FlowAction) => void;
  children: ReactNode;
};

/**
 * The start: what the quiz asks, then either the start button or, for a link that could not
 * be fully read, what happened and the ways on. Before the address is read (the exported
 * HTML, and hydration) the button is in place but invisible, so nothing moves.
 */
export function StartScreen({ state, messages, intro, act, children }: StartScreenProps) {
  const { answers, problems } = state;
  const { link } = messages;
  // Nothing recovered: start. An altered link is reviewed and confirmed; an incomplete one
  // finished; a readable one reviewed.
  const empty = Object.keys(answers).length === 0;
  const [next, label]: [FlowAction, string] = empty
    ? [{ type: 'start' }, messages.linkNotice.start]
    : problems.some((p) => p.kind === 'tampered')
      ? [{ type: 'review' }, link.confirm]
      : missingQuestions(answers).length > 0
        ? [{ type: 'start' }, link.finish]
        : [{ type: 'review' }, link.review];
  const button = (action: FlowAction, text: string, look: keyof typeof buttonClass) => (
    <button type="button" className={buttonClass[look]} onClick={() => act(action)}>
      {text}
    </button>
  );
  return (
    <>
      {intro}
      {problems.length > 0 ? (
        <LinkNotice
          answers={answers}
          problems={problems}
          messages={link}
          notices={messages.linkNotice}
        >
          {button(next, label, 'primary')}
          {/* With nothing recovered, starting is starting over: one button. */}
          {!empty && button({ type: 'restart' }, link.retake, 'secondary')}
        </LinkNotice>
      ) : (
        <p className={state.ready ? 'mt-6' : 'invisible mt-6'}>
          {button({ type: 'start' }, `${messages.page.start} →`, 'primary')}
        </p>
      )}
      {children}
    </>
  );
}
