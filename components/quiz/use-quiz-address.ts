'use client';

import { useEffect, useRef, type Dispatch } from 'react';

import { isOutcome } from '@/lib/quiz';
import { encodeAnswers, decodeAnswers, isQuizFragment, namedParam } from '@/lib/quiz/link';
import type { FlowAction, FlowState, Step } from '@/lib/quiz/flow';

/** The key of the quiz's step in `history.state` (other keys there are the framework's). */
const stepKey = 'quizStep';

const savedStep = (state: unknown): Step | undefined =>
  (state as Record<string, Step> | null)?.[stepKey];

const sameStep = (a: Step | undefined, b: Step) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Mirrors the quiz in the address: the answers in the fragment (so a reload, a shared link or
 * another language resumes them) and each step in its own history entry (so Back and Forward
 * move between questions). Reads the address once mounted, since the exported HTML cannot
 * know it. An in-page jump (the skip link) moves the focus without touching the address.
 */
export function useQuizAddress(state: FlowState, dispatch: Dispatch<FlowAction>): void {
  useEffect(() => {
    const read = (step: Step | undefined) => {
      const link = decodeAnswers(window.location.hash);
      const clean = link.problems.every((problem) => problem.kind === 'incomplete');
      // An outcome page forwards a shared link with the outcome its address named; read once,
      // then taken out of the address (a reload or a copied address is not that link).
      const query = new URLSearchParams(window.location.search);
      const from = query.get(namedParam) ?? '';
      const named = isOutcome(from) ? from : null;
      if (query.has(namedParam)) {
        query.delete(namedParam);
        const search = query.size > 0 ? `?${query}` : '';
        const { pathname, hash } = window.location;
        window.history.replaceState(window.history.state, '', `${pathname}${search}${hash}`);
      }
      dispatch(step && clean ? { type: 'restore', step, link } : { type: 'load', link, named });
    };
    read(savedStep(window.history.state));
    const onPop = (event: PopStateEvent) => {
      // A jump to an anchor is not a new link: keep the quiz as it is.
      if (window.location.hash && !isQuizFragment(window.location.hash)) return;
      read(savedStep(event.state));
    };
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element).closest?.('a[href^="#"]');
      const target = link && document.getElementById(link.getAttribute('href')!.slice(1));
      if (!target) return;
      event.preventDefault();
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus();
      target.scrollIntoView();
    };
    window.addEventListener('popstate', onPop);
    document.addEventListener('click', onClick);
    return () => {
      window.removeEventListener('popstate', onPop);
      document.removeEventListener('click', onClick);
    };
  }, [dispatch]);

  const written = useRef(false);
  useEffect(() => {
    if (!state.ready || state.untrusted || state.problems.length > 0) return;
    const hasAnswers = Object.keys(state.answers).length > 0;
    const url = `${window.location.pathname}${hasAnswers ? `#${encodeAnswers(state.answers)}` : ''}`;
    const entry = { ...(window.history.state as object | null), [stepKey]: state.step };
    // The first write only tidies the address it was opened with; later steps are new entries.
    if (!written.current || sameStep(savedStep(window.history.state), state.step)) {
      window.history.replaceState(entry, '', url);
    } else {
      // The entry being left takes the answers as submitted, so Back returns to its answer.
      window.history.replaceState(window.history.state, '', url);
      window.history.pushState(entry, '', url);
    }
    written.current = true;
  }, [state]);
}
