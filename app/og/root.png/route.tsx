import { rootCardResponse } from '@/lib/share-images';

// Route handlers are only exported to out/ when static.
export const dynamic = 'force-static';

export function GET() {
  return rootCardResponse();
}
