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
  return Response.json({ pages, assets: ['/search-index.json', '/favicon.svg', ...chunks()] });
}

/**
 * Every script chunk of the build. A widget's code is fetched only when the widget comes near
 * the screen, so no page's HTML names it; the worker must keep it for the widgets to work offline.
 */
function chunks(): string[] {
  const distDir = process.env.NEXT_DIST_DIR || (process.env.NEXT_EXPORT === '1' ? 'out' : '.next');
  const dir = path.join(/*turbopackIgnore: true*/ process.cwd(), distDir, 'static/chunks');
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((file) => file.endsWith('.js')).map((file) => `/_next/static/chunks/${file}`);
}
