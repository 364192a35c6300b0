// Writes components/mdx/katex: KaTeX's fonts cut to the characters the book's formulas draw,
// and KaTeX's stylesheet naming them. Run `npm run fonts` after a chapter gains a symbol;
// components/mdx/katexFonts.test.ts says when that is needed.
import fs from 'node:fs';
import path from 'node:path';
import subsetFont from 'subset-font';
import { compileChapter } from '../lib/content/compile';
import { vocabularies } from '../components/widgets/widgets';
import { bookFormulas, codePointsOf, katexDist, katexFontFiles, katexStylesheet, ourKatexDir } from '../lib/content/katexFonts';

const text = String.fromCodePoint(...codePointsOf(await bookFormulas((slug, lang) => compileChapter(slug, lang, vocabularies))));
const fontsDir = path.join(ourKatexDir, 'fonts');
fs.rmSync(fontsDir, { recursive: true, force: true });
fs.mkdirSync(fontsDir, { recursive: true });
let before = 0;
let after = 0;
for (const name of katexFontFiles()) {
  const whole = fs.readFileSync(path.join(katexDist, 'fonts', name));
  const cut = await subsetFont(whole, text, { targetFormat: 'woff2', noHinting: true });
  fs.writeFileSync(path.join(fontsDir, name), cut);
  before += whole.length;
  after += cut.length;
}
fs.writeFileSync(path.join(ourKatexDir, 'katex.css'), katexStylesheet());
console.log(`katex fonts: ${katexFontFiles().length} fonts cut to ${[...text].length} characters, ${Math.round(before / 1024)} KB -> ${Math.round(after / 1024)} KB`);
