import { askedQuestions, questions, type Answers } from '..';

/** Every complete set of answers, skipped questions left out. */
export function* everyAnswerSet(index = 0, acc: Answers = {}): Generator<Answers> {
  const question = questions[index];
  if (!question) {
    yield acc;
    return;
  }
  if (!askedQuestions(acc).some((q) => q.id === question.id)) {
    yield* everyAnswerSet(index + 1, acc);
    return;
  }
  for (const option of question.options) {
    yield* everyAnswerSet(index + 1, { ...acc, [question.id]: option.id });
  }
}

/**
 * `count` complete answer sets picked by a seeded generator: the same ones on every run, so a
 * failure can be replayed, and cheap enough to walk under mutation testing.
 */
export function sampleAnswerSets(count: number, seed = 1): Answers[] {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Array.from({ length: count }, () => {
    let answers: Answers = {};
    for (const question of questions) {
      if (!askedQuestions(answers).some((q) => q.id === question.id)) continue;
      const option = question.options[Math.floor(next() * question.options.length)]!;
      answers = { ...answers, [question.id]: option.id };
    }
    return answers;
  });
}
