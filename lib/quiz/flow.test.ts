import { describe, expect, it } from 'vitest';

import type { Answers, QuestionId } from './engine';
import { questions } from './questions';
import { plainAnswers } from './__fixtures__/plain-answers';
import { flow, initialFlow, progress, type FlowAction, type FlowState, type Step } from './flow';
import { decodeAnswers, encodeAnswers, type DecodedLink } from './link';

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

describe('each action of the quiz flow', () => {
  const full = plainAnswers('business');
  const linkOf = (answers: Answers, problems: DecodedLink['problems'] = []): DecodedLink => ({
    answers,
    problems,
  });
  const at = (step: Step, answers: Answers = full, extra: Partial<FlowState> = {}): FlowState => ({
    ...initialFlow,
    ready: true,
    answers,
    step,
    ...extra,
  });
  const ask = (id: QuestionId, returnTo: 'summary' | null = null): Step => ({
    kind: 'question',
    id,
    returnTo,
  });
  const last = questions.findLast((q) => q.id !== 'broadcast-frequency')!;

  it('loads an empty address to the start, ready and trusted', () => {
    expect(flow(initialFlow, { type: 'load', link: linkOf({}) })).toEqual({
      ...initialFlow,
      ready: true,
    });
  });

  it('loads a quiz in progress to its first gap without reporting the gap', () => {
    const answers = { purpose: 'me' } as const;
    const state = flow(initialFlow, {
      type: 'load',
      link: linkOf(answers, [{ kind: 'incomplete', missing: ['contacts'] }]),
    });
    expect(state).toEqual(at(ask(second.id), answers));
  });

  it('distrusts a truncated link, and reports other problems without distrusting', () => {
    const truncated = flow(initialFlow, {
      type: 'load',
      link: linkOf(full, [{ kind: 'truncated' }]),
    });
    expect([truncated.untrusted, truncated.step]).toEqual([true, { kind: 'intro' }]);
    const newer = flow(initialFlow, {
      type: 'load',
      link: linkOf({}, [{ kind: 'unknown-version', version: 'v9' }]),
    });
    expect(newer).toEqual({
      ...at({ kind: 'intro' }, {}),
      problems: [{ kind: 'unknown-version', version: 'v9' }],
    });
  });

  it('keeps the outcome a link’s address named until the reader acts', () => {
    const loaded = flow(initialFlow, { type: 'load', link: linkOf(full), named: 'wecom' });
    expect(loaded.named).toBe('wecom');
    expect(flow(loaded, { type: 'review' }).named).toBeNull();
    expect(flow(initialFlow, { type: 'load', link: linkOf(full) }).named).toBeNull();
  });

  it('restores a history entry as trusted and settled', () => {
    const from = at({ kind: 'intro' }, {}, { untrusted: true, error: true, ready: false });
    from.problems = [{ kind: 'tampered' }];
    expect(flow(from, { type: 'restore', step: { kind: 'summary' }, link: linkOf(full) })).toEqual(
      at({ kind: 'summary' }),
    );
    const edit = ask(second.id, 'summary');
    expect(flow(from, { type: 'restore', step: edit, link: linkOf(full) }).step).toEqual(edit);
  });

  it('restores a result only when every question is answered', () => {
    const partial = { purpose: 'me', contacts: 'friends' } as const;
    const state = flow(initialFlow, {
      type: 'restore',
      step: { kind: 'result' },
      link: linkOf(partial),
    });
    expect(state.step).toEqual(ask(third.id));
    expect(
      flow(initialFlow, { type: 'restore', step: { kind: 'result' }, link: linkOf(full) }).step,
    ).toEqual({ kind: 'result' });
  });

  it('starts at the first gap, clearing what the link reported', () => {
    const state = at({ kind: 'intro' }, { purpose: 'me' }, { problems: [{ kind: 'truncated' }] });
    expect(flow(state, { type: 'start' })).toEqual(at(ask(second.id), { purpose: 'me' }));
  });

  it('ignores a choice or "next" outside a question', () => {
    const summary = at({ kind: 'summary' });
    expect(flow(summary, { type: 'choose', optionId: 'me' })).toBe(summary);
    expect(flow(summary, { type: 'next' })).toBe(summary);
  });

  it('holds a choice apart from the answers until "next", and clears the error', () => {
    const state = at(ask(first.id), full, { untrusted: true, error: true });
    const chosen = flow(state, { type: 'choose', optionId: 'me' });
    expect(chosen).toEqual(at(ask(first.id), full, { untrusted: true, pending: 'me' }));
  });

  it('makes the choice an answer on "next", and trusts the answers then', () => {
    const state = at(ask(first.id), full, { untrusted: true, pending: 'me' });
    expect(flow(state, { type: 'next' })).toEqual(at(ask(second.id), { ...full, purpose: 'me' }));
  });

  it('drops a choice not submitted when the reader leaves the question', () => {
    const state = at(ask(second.id), full, { pending: 'beyond' });
    expect(flow(state, { type: 'back' })).toEqual(at(ask(first.id), full));
    const fresh = at(ask(first.id), {}, { pending: 'me' });
    expect(flow(fresh, { type: 'back' }).answers).toEqual({});
  });

  it('moves on to a gap, then to the summary once every question is answered', () => {
    const gap = { ...full, contacts: undefined };
    expect(flow(at(ask(last.id), gap), { type: 'next' }).step).toEqual(ask(second.id));
    expect(flow(at(ask(last.id)), { type: 'next' }).step).toEqual({ kind: 'summary' });
    expect(flow(at(ask(first.id, 'summary'), gap), { type: 'next' }).step).toEqual(
      ask(second.id, 'summary'),
    );
  });

  it('goes back from the summary to the last question asked, and from the start nowhere', () => {
    expect(flow(at({ kind: 'summary' }), { type: 'back' }).step).toEqual(ask(last.id));
    expect(flow(at(ask(third.id, 'summary')), { type: 'back' }).step).toEqual({ kind: 'summary' });
    const intro = at({ kind: 'intro' }, {}, { error: true });
    expect(flow(intro, { type: 'back' })).toEqual(at({ kind: 'intro' }, {}));
  });

  it('asks for what is missing before a result', () => {
    const gap = { ...full, contacts: undefined };
    expect(flow(at({ kind: 'summary' }, gap), { type: 'result' }).step).toEqual(
      ask(second.id, 'summary'),
    );
  });

  it('restarts with no answers at the first question', () => {
    expect(flow(at({ kind: 'result' }, full, { untrusted: true }), { type: 'restart' })).toEqual(
      at(ask(first.id), {}),
    );
  });
});
