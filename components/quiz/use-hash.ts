'use client';

import { useSyncExternalStore } from 'react';

/** Fired when the quiz itself rewrites the fragment (replaceState fires no hashchange). */
const changed = 'quiz-hash-change';

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  window.addEventListener(changed, onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener(changed, onChange);
  };
}

/**
 * True when the fragment names an element of the page (the skip link's `#main`): an
 * in-page jump, not a quiz link, so it must not replace the answers.
 */
export function isAnchorHash(hash: string): boolean {
  if (hash.length < 2) return false;
  try {
    return document.getElementById(decodeURIComponent(hash.slice(1))) !== null;
  } catch {
    return false;
  }
}

let lastQuizHash = '';

function snapshot(): string {
  const { hash } = window.location;
  if (!isAnchorHash(hash)) lastQuizHash = hash;
  return lastQuizHash;
}

/**
 * The quiz fragment of the URL, or null on the server and during hydration: the exported
 * HTML cannot know the fragment, so it must not depend on it. The browser then re-renders
 * with it. A jump to an anchor keeps the last quiz fragment.
 */
export function useHash(): string | null {
  return useSyncExternalStore(subscribe, snapshot, () => null);
}

/** Rewrites the fragment without adding a history entry, and tells `useHash`. */
export function replaceHash(fragment: string): void {
  const { pathname, search } = window.location;
  window.history.replaceState(
    window.history.state,
    '',
    `${pathname}${search}${fragment && `#${fragment}`}`,
  );
  window.dispatchEvent(new Event(changed));
}

const noSubscription = () => () => {};

/** Whether the browser has the Web Share API; false on the server and during hydration. */
export function useCanShare(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => typeof navigator.share === 'function',
    () => false,
  );
}
