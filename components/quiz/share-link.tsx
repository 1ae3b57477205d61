'use client';

import { useRef, useState } from 'react';

import { interpolate } from '@/lib/i18n/format';
import type { QuizMessages } from '@/lib/schema/quiz-words';

import { buttonClass } from './styles';
import { useCanShare } from './use-can-share';

type ShareLinkProps = {
  url: string;
  title: string;
  headline: string;
  messages: QuizMessages['share'];
  level: 2 | 3;
  /** The outcome's portrait poster with a QR code. */
  posterHref: string;
};

/** The result's link, a copy button, and the system share sheet where the browser has one. */
export function ShareLink({ url, title, headline, messages, level, posterHref }: ShareLinkProps) {
  const [status, setStatus] = useState('');
  const canShare = useCanShare();
  const input = useRef<HTMLInputElement>(null);
  const Heading = `h${level}` as const;

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setStatus(messages.copied);
    } catch {
      input.current?.select();
      setStatus(messages.copyFailed);
    }
  }

  async function share() {
    try {
      await navigator.share({ title, text: interpolate(messages.text, { headline }), url });
    } catch {
      // Cancelled by the visitor, or refused: the link and the copy button are still there.
    }
  }

  return (
    <section aria-labelledby="compartir" className="quiz-card mt-8 p-4">
      <Heading id="compartir" className="subsection-title">
        {messages.title}
      </Heading>
      <p className="mt-1">{messages.intro}</p>
      <label htmlFor="quiz-share-url" className="mt-3 block text-sm font-medium">
        {messages.linkLabel}
      </label>
      <input
        id="quiz-share-url"
        ref={input}
        readOnly
        value={url}
        onFocus={(event) => event.currentTarget.select()}
        className="quiz-input"
      />
      <div className="mt-3 flex flex-wrap gap-3">
        <button type="button" onClick={copy} className={buttonClass.primary}>
          {messages.copy}
        </button>
        {canShare && (
          <button type="button" onClick={share} className={buttonClass.secondary}>
            {messages.share}
          </button>
        )}
        <a href={posterHref} download className={buttonClass.secondary}>
          {messages.poster}
        </a>
      </div>
      <p role="status" className="mt-2 min-h-6 text-sm">
        {status}
      </p>
    </section>
  );
}
