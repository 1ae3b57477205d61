/**
 * Which fragments the quiz reads. Outcome pages forward exactly these to the quiz
 * (`forwardToQuiz`, an inline script), so this module imports nothing: the script's bundle
 * carries it and nothing of the quiz's data.
 */

/** A fragment that is a quiz link of some version, in any case: decoded, problems reported. */
export const answerFragment = /^v\d/i;

/**
 * A fragment of letters, digits, `_` and `-` that is not a quiz link: an in-page anchor
 * (`#main`) or what an app appends (WeChat's `#wechat_redirect`). It carries no answers and
 * there is nothing to report.
 */
export const plainFragment = /^[a-z][\w-]*$/i;

/**
 * The text the quiz must read in a fragment (raw, with or without `#`; returned without `#`,
 * percent-decoded where possible, trimmed), or null when there is nothing to read: empty, or
 * plain and not a link's answers. Unreadable text is returned too: the quiz reports it.
 */
export function quizFragmentText(fragment: string): string | null {
  let text = fragment;
  try {
    text = decodeURIComponent(text);
  } catch {
    // Keep the raw text: a stray "%" should not hide the answers around it.
  }
  text = text.trim().replace(/^#/, '').trim();
  return text !== '' && (answerFragment.test(text) || !plainFragment.test(text)) ? text : null;
}

/**
 * True when the quiz must read this fragment (raw, with or without `#`): a link's answers,
 * or something that is neither empty nor plain, which the quiz reports as unreadable.
 */
export function isQuizFragment(fragment: string): boolean {
  return quizFragmentText(fragment) !== null;
}
