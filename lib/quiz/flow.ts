import {
  askedQuestions,
  cleanAnswers,
  missingQuestions,
  type Answers,
  type Outcome,
  type QuestionId,
} from './engine';
import { questions } from './questions';
import type { DecodedLink } from './link';

/**
 * The quiz's steps as a pure reducer: where the visitor is, what they answered, and whether
 * those answers can be trusted. The component renders the state and mirrors it in the
 * address (answers in the fragment, the step in the history entry), so Back and Forward move
 * between questions and a reload resumes. Choosing an option never moves on by itself.
 */

export type Step =
  | { kind: 'intro' }
  /** `returnTo`: after "Next", back to the summary (an answer changed from there). */
  | { kind: 'question'; id: QuestionId; returnTo: 'summary' | null }
  | { kind: 'summary' }
  | { kind: 'result' };

export type FlowState = {
  step: Step;
  answers: Answers;
  /**
   * The answers came from a link that failed its check: shown, never trusted, and never
   * written back to the address, until the visitor confirms or changes them.
   */
  untrusted: boolean;
  /** What the link could not give (for the start screen's notice); empty once acted on. */
  problems: DecodedLink['problems'];
  /**
   * The option ticked on the current question and not yet submitted with "Next": it is not an
   * answer, so it never reaches the address (a language switch or a copied address would
   * otherwise count it), and leaving the question without "Next" drops it.
   */
  pending: string | null;
  /**
   * The outcome a shared link's address named (its outcome page forwards it), until the reader
   * acts: the result says so when the answers decide another.
   */
  named: Outcome | null;
  /** "Next" was pressed with no option chosen. */
  error: boolean;
  /** The address has been read (the exported HTML and hydration render before it is). */
  ready: boolean;
};

export type FlowAction =
  /** Answers read from the address: on load, or a link pasted into an open quiz. */
  | { type: 'load'; link: DecodedLink; named?: Outcome | null }
  /** Back or Forward: the step the history entry holds, with the address's answers. */
  | { type: 'restore'; step: Step; link: DecodedLink }
  | { type: 'start' }
  | { type: 'choose'; optionId: string }
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'edit'; id: QuestionId }
  | { type: 'review' }
  | { type: 'confirm' }
  | { type: 'result' }
  | { type: 'restart' };

export const initialFlow: FlowState = {
  step: { kind: 'intro' },
  answers: {},
  untrusted: false,
  problems: [],
  pending: null,
  named: null,
  error: false,
  ready: false,
};

const question = (id: QuestionId, returnTo: 'summary' | null = null): Step => ({
  kind: 'question',
  id,
  returnTo,
});

/** The problems worth telling: a gap alone is a quiz in progress, not damage. */
function reported(link: DecodedLink): DecodedLink['problems'] {
  return link.problems.filter((problem) => problem.kind !== 'incomplete');
}

/** Where answers from an address lead: the first gap, else the result; nothing, the start. */
function landing(answers: Answers): Step {
  if (Object.keys(answers).length === 0) return { kind: 'intro' };
  const [gap] = missingQuestions(answers);
  return gap ? question(gap) : { kind: 'result' };
}

/** The step after the current question. */
function following(state: FlowState, id: QuestionId): Step {
  const [gap] = missingQuestions(state.answers);
  const step = state.step.kind === 'question' ? state.step : null;
  if (step?.returnTo === 'summary') return gap ? question(gap, 'summary') : { kind: 'summary' };
  const asked = askedQuestions(state.answers);
  const next = asked[asked.findIndex((q) => q.id === id) + 1];
  if (next) return question(next.id);
  return gap ? question(gap) : { kind: 'summary' };
}

/** The step before the current question. */
function preceding(state: FlowState, id: QuestionId): Step {
  const step = state.step.kind === 'question' ? state.step : null;
  if (step?.returnTo === 'summary') return { kind: 'summary' };
  const asked = askedQuestions(state.answers);
  const previous = asked[asked.findIndex((q) => q.id === id) - 1];
  return previous ? question(previous.id) : { kind: 'intro' };
}

/** A step that exists for these answers (a history entry may outlive an answer). */
function valid(step: Step, answers: Answers): Step {
  if (step.kind === 'question' && !askedQuestions(answers).some((q) => q.id === step.id)) {
    return landing(answers);
  }
  if (step.kind === 'result' && missingQuestions(answers).length > 0) return landing(answers);
  return step;
}

export function flow(state: FlowState, action: FlowAction): FlowState {
  const settled = { ...state, error: false, pending: null, named: null };
  switch (action.type) {
    case 'load': {
      const problems = reported(action.link);
      const untrusted = problems.some((p) => p.kind === 'tampered' || p.kind === 'truncated');
      return {
        step: problems.length > 0 ? { kind: 'intro' } : landing(action.link.answers),
        answers: action.link.answers,
        untrusted,
        problems,
        pending: null,
        named: action.named ?? null,
        error: false,
        ready: true,
      };
    }
    case 'restore':
      return {
        ...settled,
        answers: action.link.answers,
        untrusted: false,
        problems: [],
        ready: true,
        step: valid(action.step, action.link.answers),
      };
    case 'start': {
      const [gap] = missingQuestions(state.answers);
      return { ...settled, problems: [], step: question(gap ?? questions[0].id) };
    }
    case 'choose':
      if (state.step.kind !== 'question') return state;
      return { ...settled, pending: action.optionId };
    case 'next': {
      if (state.step.kind !== 'question') return state;
      const { id } = state.step;
      if (state.pending === null) {
        if (state.answers[id] === undefined) return { ...state, error: true };
        return { ...settled, step: following(state, id) };
      }
      // Submitting is what makes a choice an answer, and what trusts a changed link's answers.
      const answers = cleanAnswers({ ...state.answers, [id]: state.pending }).answers;
      const committed = { ...settled, answers, untrusted: false };
      return { ...committed, step: following(committed, id) };
    }
    case 'back':
      if (state.step.kind === 'question')
        return { ...settled, step: preceding(state, state.step.id) };
      if (state.step.kind === 'summary') {
        const last = askedQuestions(state.answers).at(-1)!;
        return { ...settled, step: question(last.id) };
      }
      return settled;
    case 'edit':
      return { ...settled, step: question(action.id, 'summary') };
    case 'review':
      return { ...settled, problems: [], step: { kind: 'summary' } };
    case 'confirm':
      return { ...settled, untrusted: false, step: landing(state.answers) };
    case 'result': {
      const [gap] = missingQuestions(state.answers);
      return { ...settled, step: gap ? question(gap, 'summary') : { kind: 'result' } };
    }
    case 'restart':
      return { ...initialFlow, ready: true, step: question(questions[0].id) };
  }
}

/** "Question n of N": n counts every question up to this one, N every question, so it never shrinks. */
export function progress(id: QuestionId): { n: number; total: number } {
  return { n: questions.findIndex((q) => q.id === id) + 1, total: questions.length };
}
