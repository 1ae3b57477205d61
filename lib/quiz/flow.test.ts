import { describe, expect, it } from 'vitest';

import type { Answers } from './engine';
import { questions } from './questions';
import { plainAnswers } from './__fixtures__/plain-answers';
import { flow, initialFlow, progress, type FlowAction, type FlowState } from './flow';
import { decodeAnswers, encodeAnswers } from './link';

const run = (actions: FlowAction[], state: FlowState = initialFlow) => actions.reduce(flow, state);
const load = (answers: Answers): FlowAction => ({
  type: 'load',
  link: decodeAnswers(encodeAnswers(answers)),
});
const [first, second, third, fourth, fifth] = questions;

describe('the quiz flow', () => {
  it('starts at the first question and moves only on "next"', () => {
    let state = run([{ type: 'start' }]);
    expect(state.step).toEqual({ kind: 'question', id: first.id, returnTo: null });
    state = run([{ type: 'choose', optionId: first.options[0].id }], state);
    expect(state.step).toEqual({ kind: 'question', id: first.id, returnTo: null });
    state = run([{ type: 'next' }], state);
    expect(state.step).toMatchObject({ kind: 'question', id: second.id });
  });

  it('asks for a choice before moving on', () => {
    const state = run([{ type: 'start' }, { type: 'next' }]);
    expect(state.error).toBe(true);
    expect(state.step).toMatchObject({ id: first.id });
  });

  it('resumes a reloaded quiz where it was, and a choice there does not skip ahead', () => {
    const partial = { purpose: 'business', contacts: 'friends', customers: 'free-quota' } as const;
    let state = run([load(partial)]);
    expect(state.step).toMatchObject({ kind: 'question', id: fourth.id });
    for (const option of fourth.options) {
      state = run([{ type: 'choose', optionId: option.id }], state);
      expect(state.step).toMatchObject({ kind: 'question', id: fourth.id });
    }
    state = run([{ type: 'next' }], state);
    expect(state.step).toMatchObject({ kind: 'question', id: fifth.id });
  });

  it('goes back question by question, then to the start', () => {
    let state = run([load({ purpose: 'me', contacts: 'friends' })]);
    expect(state.step).toMatchObject({ id: third.id });
    state = run([{ type: 'back' }], state);
    expect(state.step).toMatchObject({ id: second.id });
    state = run([{ type: 'back' }, { type: 'back' }], state);
    expect(state.step).toEqual({ kind: 'intro' });
  });

  it('restores the step a history entry holds, unless the answers no longer allow it', () => {
    const answers = plainAnswers('me');
    const link = decodeAnswers(encodeAnswers(answers));
    const state = run([
      load(answers),
      { type: 'restore', step: { kind: 'question', id: second.id, returnTo: null }, link },
    ]);
    expect(state.step).toMatchObject({ id: second.id });
    const gone = run([
      {
        type: 'restore',
        step: { kind: 'question', id: 'broadcast-frequency', returnTo: null },
        link,
      },
    ]);
    expect(gone.step).toEqual({ kind: 'result' });
  });

  it('takes a finished quiz to its result, and an edit from the summary back to it', () => {
    let state = run([load(plainAnswers('me'))]);
    expect(state.step).toEqual({ kind: 'result' });
    state = run([{ type: 'review' }, { type: 'edit', id: second.id }], state);
    expect(state.step).toEqual({ kind: 'question', id: second.id, returnTo: 'summary' });
    state = run([{ type: 'choose', optionId: 'chats-only' }, { type: 'next' }], state);
    expect(state.step).toEqual({ kind: 'summary' });
    expect(run([{ type: 'result' }], state).step).toEqual({ kind: 'result' });
  });

  it('never trusts the answers of a link that failed its check until they are confirmed', () => {
    const link = encodeAnswers(plainAnswers('me'));
    const altered = `${link.slice(0, 4)}${link[4] === '0' ? '1' : '0'}${link.slice(5)}`;
    let state = run([{ type: 'load', link: decodeAnswers(altered) }]);
    expect(state.untrusted).toBe(true);
    expect(state.step).toEqual({ kind: 'intro' });
    expect(state.problems.map((p) => p.kind)).toContain('tampered');
    state = run([{ type: 'review' }], state);
    expect([state.step.kind, state.untrusted]).toEqual(['summary', true]);
    state = run([{ type: 'confirm' }], state);
    expect([state.step.kind, state.untrusted]).toEqual(['result', false]);
  });

  it('counts progress over every question, so the total never changes', () => {
    expect(questions.map((q) => progress(q.id).total)).toEqual(
      questions.map(() => questions.length),
    );
    expect(questions.map((q) => progress(q.id).n)).toEqual(questions.map((_, i) => i + 1));
  });
});
