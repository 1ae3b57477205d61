'use client';

import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/** Whether the browser has the Web Share API; false on the server and during hydration. */
export function useCanShare(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => typeof navigator.share === 'function',
    () => false,
  );
}
