import { openDataCsv } from '@/lib/site/open-data';

export const dynamic = 'force-static';

export function GET() {
  return new Response(openDataCsv(), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
