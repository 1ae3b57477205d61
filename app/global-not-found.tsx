import { notFoundMetadata } from '@/lib/site/metadata';
import { NotFoundPage } from '@/components/pages/not-found-page';

import './globals.css';

export const metadata = notFoundMetadata();

export default function GlobalNotFound() {
  return <NotFoundPage />;
}
