import { describe, expect, it } from 'vitest';

import { decidingReasons, essentialAnswers, score } from '.';
import { personas } from './__fixtures__/personas';
import { quizData } from './data';

// The verdict card for readers whose right answer is known: the outcome, the answer that heads
// "what decides it", and answers that must be there (a deciding reason or a reason at all).

const data = quizData();

describe.each(personas)('$name', (persona) => {
  const result = score(persona.answers, data);
  if (!result.complete) throw new Error(`${persona.name}: incomplete`);
  const deciding = decidingReasons(result);

  it('gets the outcome a reader in their place needs', () => {
    expect(result.outcome).toBe(persona.outcome);
  });

  it('sees first on the card the answer that decides it', () => {
    expect(persona.first).toContain(deciding[0]?.questionId);
  });

  it('has a reason for every answer that must count, and each essential on the card', () => {
    for (const id of persona.present ?? []) {
      expect(result.reasons.map((reason) => reason.questionId)).toContain(id);
    }
    for (const essential of essentialAnswers(result, persona.answers)) {
      if (essential.status === 'decides')
        expect(deciding.map((reason) => reason.questionId)).toContain(essential.questionId);
    }
  });
});
