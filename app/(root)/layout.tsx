import type { ReactNode } from 'react';

// Only `/` uses this root layout; every real page lives under app/[lang]/ with its own <html lang>.
export default function RootRedirectLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="es">
      <body>{children}</body>
    </html>
  );
}
