import { quizFragmentText } from './fragment';

import { cleanAnswers, missingQuestions, questions, type Answers, type QuestionId } from '.';

/**
 * Answers ⇄ URL fragment: `v1.<answers>.<check>`. `<answers>` has exactly one character per
 * question in order: the option's position in base 36, or `-` when unanswered or not asked.
 * `<check>` is one character: a weighted sum mod 37 that catches any single changed
 * character; with the fixed length, any single deleted or inserted character is caught too,
 * so a tampered link is reported instead of silently giving another result.
 * A new question or a reordered option needs a new version; old versions are reported.
 */

export const linkVersion = 'v1';

// Outcome pages forward the fragments the quiz reads; the quiz's own hook asks the same.
export { isQuizFragment } from './fragment';

/**
 * The query parameter in which an outcome page hands the quiz the outcome its address names,
 * so a result whose answers decide another can say so.
 */
export const namedParam = 'outcome';

const digits = '0123456789abcdefghijklmnopqrstuvwxyz';
const unanswered = '-';
/** 37 symbols, a prime count: a weighted sum mod 37 detects every single substitution. */
const checkAlphabet = `${digits}_`;

export type LinkProblem =
  /** Not a quiz link of any version we know (or another version of the quiz). */
  | { kind: 'unknown-version'; version: string }
  /** Not readable at all. */
  | { kind: 'malformed' }
  /** The check character is missing (the link was cut short). */
  | { kind: 'truncated' }
  /** The check character does not match: a character was changed or lost. */
  | { kind: 'tampered' }
  /** Characters that name no option, or trail past the last question: ignored. */
  | { kind: 'ignored'; parts: string[] }
  /** Questions that apply but have no answer in the link. */
  | { kind: 'incomplete'; missing: QuestionId[] };

export type DecodedLink = { answers: Answers; problems: LinkProblem[] };

function checkChar(payload: string): string {
  let sum = 0;
  for (let i = 0; i < payload.length; i += 1) {
    const value = payload[i] === unanswered ? 36 : digits.indexOf(payload[i]!);
    // Weights 1…36 are all non-zero mod 37; beyond 36 characters they repeat, harmlessly.
    sum += ((i % 36) + 1) * (value < 0 ? 0 : value);
  }
  return checkAlphabet[sum % 37]!;
}

/** The fragment (without `#`) for these answers. */
export function encodeAnswers(answers: Answers): string {
  const { answers: clean } = cleanAnswers(answers);
  const payload = questions
    .map((question) => {
      const index = (question.options as readonly { id: string }[]).findIndex(
        (option) => option.id === clean[question.id],
      );
      return index < 0 ? unanswered : digits[index]!;
    })
    .join('');
  return `${linkVersion}.${payload}.${checkChar(payload)}`;
}

/**
 * Answers from a fragment (with or without `#`). Never throws: whatever is not understood
 * is left out and described in `problems`. An empty fragment gives no answers, no problems.
 */
export function decodeAnswers(fragment: unknown): DecodedLink {
  try {
    return decode(fragment);
  } catch {
    return { answers: {}, problems: [{ kind: 'malformed' }] };
  }
}

function decode(fragment: unknown): DecodedLink {
  if (typeof fragment !== 'string') return { answers: {}, problems: [{ kind: 'malformed' }] };
  const read = quizFragmentText(fragment);
  if (read === null) return { answers: {}, problems: [] };
  const text = read.toLowerCase();

  const [version = '', payload, check, ...rest] = text.split('.');
  if (version !== linkVersion) {
    return {
      answers: {},
      problems: [
        /^v\d{1,4}$/.test(version) ? { kind: 'unknown-version', version } : { kind: 'malformed' },
      ],
    };
  }
  if (payload === undefined || payload === '') {
    return {
      answers: {},
      problems: [{ kind: 'truncated' }, { kind: 'incomplete', missing: missingQuestions({}) }],
    };
  }

  const problems: LinkProblem[] = [];
  if (check === undefined || check === '') problems.push({ kind: 'truncated' });
  else if (check !== checkChar(payload) || rest.length > 0 || payload.length !== questions.length)
    problems.push({ kind: 'tampered' });

  const raw: Record<string, string> = {};
  const ignoredParts: string[] = [];
  [...payload].forEach((char, index) => {
    const question = questions[index];
    if (!question) {
      ignoredParts.push(char);
      return;
    }
    if (char === unanswered) return;
    const option = (question.options as readonly { id: string }[])[digits.indexOf(char)];
    if (option === undefined || digits.indexOf(char) < 0) ignoredParts.push(char);
    else raw[question.id] = option.id;
  });
  const { answers, ignored } = cleanAnswers(raw);
  // Nothing read and characters no link writes (emoji pasted in, another app's text): there
  // are no answers to review, only a link to report as unreadable.
  const foreign = [...payload].some((char) => char !== unanswered && !digits.includes(char));
  if (Object.keys(answers).length === 0 && foreign) {
    return { answers: {}, problems: [{ kind: 'malformed' }] };
  }
  ignoredParts.push(...ignored);
  if (ignoredParts.length > 0) problems.push({ kind: 'ignored', parts: ignoredParts });
  const missing = missingQuestions(answers);
  if (missing.length > 0) problems.push({ kind: 'incomplete', missing });
  return { answers, problems };
}
