import fs from 'node:fs';
import path from 'node:path';
import { chapterIndex } from '@/lib/content/chapters';
import { locales } from '@/lib/i18n';

// Built once: the pages the service worker keeps for reading offline.
export const dynamic = 'force-static';

export function GET() {
  const index = chapterIndex();
  const extras = ['glossary', 'search'];
  if (fs.existsSync(path.join(/*turbopackIgnore: true*/ process.cwd(), 'app/[lang]/playground'))) extras.push('playground');
  const pages = ['/', ...locales.flatMap((lang) => [`/${lang}`, ...index[lang].map((c) => `/${lang}/${c.slug}`), ...extras.map((e) => `/${lang}/${e}`)])];
  return Response.json({ pages, assets: ['/search-index.json', '/favicon.svg'] });
}
