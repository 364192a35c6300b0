// KaTeX's fonts, cut down to the characters the book's formulas draw. KaTeX ships each font
// whole (KaTeX_Main-Regular alone is 26 KB): a chapter's formulas use a few dozen of its
// glyphs, and every font a page draws with is fetched before that page's first paint counts
// as done. `npm run fonts` writes the cut fonts and their stylesheet into the mdx renderer's katex folder;
// katexFonts.test.ts fails if a formula draws a character they lack.
import fs from 'node:fs';
import path from 'node:path';
import { loadChapterIndex } from './chapters';
import type { CompiledChapter } from './compile';
import { locales, type Locale } from '../i18n';

const root = /*turbopackIgnore: true*/ process.cwd();
/** KaTeX's own fonts and stylesheet. */
export const katexDist = path.join(root, 'node_modules', 'katex', 'dist');
/** Where the cut fonts and the stylesheet that names them live (committed). */
export const ourKatexDir = path.join(root, 'components', 'mdx', 'katex');

/** Characters KaTeX's stylesheet writes by itself (equation numbers), and the spaces it uses. */
const ALWAYS = '0123456789() \u00a0';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The text a formula's markup draws: tags dropped, character references decoded. */
export function formulaText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
      if (ref[0] !== '#') return ENTITIES[ref.toLowerCase()] ?? whole;
      return String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)));
    });
}

/** Every code point the given formulas draw, plus those KaTeX's stylesheet always may. */
export function codePointsOf(formulas: string[]): Set<number> {
  const points = new Set<number>();
  for (const ch of ALWAYS + formulas.map(formulaText).join('')) points.add(ch.codePointAt(0)!);
  return points;
}

/** The markup of every formula in every chapter, in both languages (`compileChapter` knows the widgets). */
export async function bookFormulas(compileChapter: (slug: string, lang: Locale) => Promise<CompiledChapter>): Promise<string[]> {
  const index = loadChapterIndex();
  const chapters = await Promise.all(locales.flatMap((lang) => index[lang].map((c) => compileChapter(c.slug, lang))));
  return chapters.flatMap((chapter) => chapter.formulas);
}

/** KaTeX's woff2 font files, by name (e.g. `KaTeX_Main-Regular.woff2`). */
export function katexFontFiles(): string[] {
  return fs.readdirSync(path.join(katexDist, 'fonts')).filter((name) => name.endsWith('.woff2')).sort();
}

/**
 * KaTeX's stylesheet with each @font-face pointing at our cut woff2 file only (every browser
 * that runs the book reads woff2; the woff and ttf fallbacks would never be fetched).
 */
export function katexStylesheet(): string {
  const css = fs.readFileSync(path.join(katexDist, 'katex.min.css'), 'utf8');
  let faces = 0;
  const out = css.replace(/src:url\(fonts\/([\w-]+)\.woff2\) format\("woff2"\)(,url\([^)]*\) format\("[a-z]+"\))*/g, (_, name: string) => {
    faces++;
    return `src:url(./fonts/${name}.woff2) format("woff2")`;
  });
  if (faces !== katexFontFiles().length) throw new Error(`katex.min.css: expected ${katexFontFiles().length} @font-face sources, rewrote ${faces}`);
  return `/* KaTeX ${JSON.parse(fs.readFileSync(path.join(katexDist, '..', 'package.json'), 'utf8')).version}'s stylesheet with its fonts cut to the book's formulas: written by \`npm run fonts\`. */\n${out}\n`;
}
