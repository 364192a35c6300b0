import { describe, expect, it } from 'vitest';
import { collectSearchSections } from './collect';
import { readChapterSource, chapterIndex } from '../content/chapters';
import { texToText } from './texText';

describe('texToText', () => {
  it('writes a formula as the symbols a reader sees', () => {
    expect(texToText('\\eta')).toBe('η');
    expect(texToText('L = w^2')).toBe('L = w²');
    expect(texToText('w \\leftarrow w - \\eta \\frac{\\partial L}{\\partial w}')).toBe('w ← w - η ∂L/∂w');
    expect(texToText('\\text{MSE} = (1 + 0 + 9) \\div 3 \\approx 3.33')).toBe('MSE = (1 + 0 + 9) ÷ 3 ≈ 3.33');
    expect(texToText('\\hat{y} = \\sigma(z_1)')).toBe('ŷ = σ(z₁)');
    expect(texToText('\\frac{1}{1 + e^{-z}}')).toBe('1/(1 + e^(-z))');
    expect(texToText('\\Delta L \\approx \\text{slope} \\cdot \\Delta w')).toBe('ΔL ≈ slope · Δw');
  });
});

describe('search snippets', () => {
  const sections = collectSearchSections();

  it('never show raw TeX', () => {
    const raw = sections.filter((s) => /\$|\\[a-zA-Z]+/.test(s.text));
    expect(raw.map((s) => `${s.id}: ${s.text.slice(0, 80)}`)).toEqual([]);
  });

  it('never give away the answer of a check or a prediction', () => {
    for (const lang of ['zh', 'en'] as const) {
      for (const { slug } of chapterIndex()[lang]) {
        const { body } = readChapterSource(slug, lang);
        for (const [, , answer] of body.matchAll(/<(Explain|Outcome)>([\s\S]*?)<\/\1>/g)) {
          // a stretch of the answer's own words, long enough not to occur elsewhere by chance
          const words = answer!.replace(/\$[^$]*\$/g, ' ').replace(/[^\p{L}\p{N} ]+/gu, ' ').replace(/\s+/g, ' ').trim();
          const probe = words.slice(0, 40);
          if (probe.length < 25) continue;
          const leaks = sections.filter((s) => s.slug === slug && s.lang === lang && s.text.replace(/[^\p{L}\p{N} ]+/gu, ' ').replace(/\s+/g, ' ').includes(probe));
          expect(leaks.map((s) => s.id), `${lang}/${slug}: "${probe}"`).toEqual([]);
        }
      }
    }
  });
});
