import type { ReactNode } from 'react';

import { defaultLocale, htmlLang } from '@/lib/i18n/locales';

import '../globals.css';

// Only `/` uses this root layout: a language chooser. Every other page lives under
// app/[lang]/, whose layout sets its own <html lang>.
export default function LanguageChooserLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={htmlLang(defaultLocale)}>
      <body>{children}</body>
    </html>
  );
}
