import fs from 'node:fs';
import path from 'node:path';
import fontverter from 'fontverter';
import { Blob, Face } from 'harfbuzzjs';
import { describe, expect, it } from 'vitest';
import { bookFormulas, codePointsOf, formulaText, katexDist, katexFontFiles, katexStylesheet, ourKatexDir } from '@/lib/content/katexFonts';
import { compileChapter } from '@/lib/content/compile';
import { vocabularies } from '@/components/widgets/widgets';

/** The code points a woff2 font has glyphs for. */
async function cmap(file: string): Promise<Set<number>> {
  const sfnt = await fontverter.convert(fs.readFileSync(file), 'truetype');
  return new Set(new Face(new Blob(sfnt), 0).collectUnicodes());
}

const show = (points: number[]) => points.map((p) => `${String.fromCodePoint(p)} (U+${p.toString(16).toUpperCase()})`).join(', ');

describe('KaTeX fonts cut to the book', () => {
  it('reads the text a formula draws from its markup', () => {
    expect(formulaText('<span class="mord">x</span><span class="mrel">&lt;</span>&#x3C3;&amp;&#215;')).toBe('x<σ&×');
  });

  it('every character a formula draws is in each cut font whose KaTeX original has it', async () => {
    const used = codePointsOf(await bookFormulas((slug, lang) => compileChapter(slug, lang, vocabularies)));
    // the book's formulas use Greek letters and operators, not just ASCII
    expect([...used].some((p) => p > 0x7f)).toBe(true);
    for (const name of katexFontFiles()) {
      // one at a time: woff2 decoding is not safe to run concurrently
      const whole = await cmap(path.join(katexDist, 'fonts', name));
      const cut = await cmap(path.join(ourKatexDir, 'fonts', name));
      expect(whole.size, name).toBeGreaterThan(0);
      const missing = [...used].filter((p) => whole.has(p) && !cut.has(p));
      expect(missing, `${name} lacks ${show(missing)}: run npm run fonts`).toEqual([]);
    }
  }, 60_000);

  it('the stylesheet is KaTeX’s own, naming only the cut woff2 files', () => {
    const css = fs.readFileSync(path.join(ourKatexDir, 'katex.css'), 'utf8');
    expect(css, 'run npm run fonts after updating KaTeX').toBe(katexStylesheet());
    const urls = [...css.matchAll(/url\(([^)]*)\)/g)].map((m) => m[1]);
    expect(urls.sort()).toEqual(katexFontFiles().map((name) => `./fonts/${name}`));
    for (const url of urls) expect(fs.existsSync(path.join(ourKatexDir, url!))).toBe(true);
  });

  it('the fonts a formula page draws with weigh under half of KaTeX’s', () => {
    const size = (dir: string) => ['KaTeX_Main-Regular.woff2', 'KaTeX_Math-Italic.woff2', 'KaTeX_Size1-Regular.woff2']
      .reduce((sum, name) => sum + fs.statSync(path.join(dir, name)).size, 0);
    expect(size(path.join(ourKatexDir, 'fonts'))).toBeLessThan(size(path.join(katexDist, 'fonts')) / 2);
  });
});
