import { collectSearchSections } from '@/lib/search/collect';
import { buildSearchIndex } from '@/lib/search/searchIndex';

// Built once at build time and served as a file, so search works offline too.
export const dynamic = 'force-static';

export function GET() {
  return new Response(buildSearchIndex(collectSearchSections()), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}
