import { rootCardResponse } from '@/components/og/share-images';

// Route handlers are only exported to out/ when static.
export const dynamic = 'force-static';

export function GET() {
  return rootCardResponse();
}
