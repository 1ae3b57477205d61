import { openData } from '@/lib/site/open-data';

// Route handlers are exported to out/ only when static.
export const dynamic = 'force-static';

export function GET() {
  return Response.json(openData(new Date().toISOString()));
}
