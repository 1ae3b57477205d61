import type { ReactNode } from 'react';

type ProseProps = { children: ReactNode; className?: string };

/** Long-form text in the site's typography, light and dark; lines kept to a readable measure. */
export function Prose({ children, className = '' }: ProseProps) {
  return (
    <div
      className={`prose prose-stone max-w-none dark:prose-invert prose-a:text-blue-800 dark:prose-a:text-sky-300 prose-p:max-w-[70ch] prose-ul:max-w-[70ch] prose-ol:max-w-[70ch] ${className}`}
    >
      {children}
    </div>
  );
}
