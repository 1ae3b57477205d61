import type { ReactNode } from 'react';

import type { FlowAction, FlowState } from '@/lib/quiz/flow';
import { missingQuestions } from '@/lib/quiz';
import type { QuizMessages } from '@/lib/quiz-messages';

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
  const tampered = problems.some((problem) => problem.kind === 'tampered');
  return (
    <>
      {intro}
      {problems.length > 0 ? (
        <LinkNotice answers={answers} problems={problems} messages={messages.link}>
          {tampered ? (
            <button
              type="button"
              className={buttonClass.primary}
              onClick={() => act({ type: 'review' })}
            >
              {messages.link.confirm}
            </button>
          ) : missingQuestions(answers).length > 0 ? (
            <button
              type="button"
              className={buttonClass.primary}
              onClick={() => act({ type: 'start' })}
            >
              {messages.link.finish}
            </button>
          ) : (
            <button
              type="button"
              className={buttonClass.primary}
              onClick={() => act({ type: 'review' })}
            >
              {messages.link.review}
            </button>
          )}
          <button
            type="button"
            className={buttonClass.secondary}
            onClick={() => act({ type: 'restart' })}
          >
            {messages.link.retake}
          </button>
        </LinkNotice>
      ) : (
        <p className={state.ready ? 'mt-6' : 'invisible mt-6'}>
          <button
            type="button"
            className={buttonClass.primary}
            onClick={() => act({ type: 'start' })}
          >
            {messages.page.start} →
          </button>
        </p>
      )}
      {children}
    </>
  );
}
