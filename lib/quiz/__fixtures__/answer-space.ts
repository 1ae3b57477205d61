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
