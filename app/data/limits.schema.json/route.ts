import { openDataJsonSchema } from '@/lib/site/open-data';

export const dynamic = 'force-static';

export function GET() {
  return Response.json(openDataJsonSchema());
}
