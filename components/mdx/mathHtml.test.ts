import { createElement, Fragment, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { getMDXComponent } from 'mdx-bundler/client';
import katex from 'katex';
import { describe, expect, it } from 'vitest';
import { MathHtml } from '@/components/story/MathHtml';
import { tempChapterCompiler } from '@/lib/content/testChapter';

const compiled = tempChapterCompiler();
const pass = ({ children }: { children?: ReactNode }) => createElement(Fragment, null, children);

async function page(body: string) {
  const { code } = await compiled(body);
  return { code, html: renderToStaticMarkup(createElement(getMDXComponent(code), { components: { MathHtml, Slide: pass, SlideBody: pass } })) };
}

const inline = String.raw`z = w_1 x_1 + b`;
const display = String.raw`L = \frac{1}{N}\sum_i (y_i - \hat y_i)^2`;
const typeset = (tex: string, displayMode: boolean) => katex.renderToString(tex, { displayMode, throwOnError: true, strict: 'ignore' });

describe('formulas as typeset HTML', () => {
  it('renders exactly what KaTeX typesets, MathML included, with display formulas focusable', async () => {
    const { html } = await page(`The sum $${inline}$ is one number.\n\n$$\n${display}\n$$`);
    expect(html).toContain(`<p>The sum ${typeset(inline, false)} is one number.</p>`);
    const block = typeset(display, true).replace('<span class="katex-display">', '<span class="katex-display" tabindex="0">');
    expect(html).toContain(block);
    expect(html.match(/<math /g)).toHaveLength(2);
  });

  it('sends each formula as one string, not as a tree of elements', async () => {
    const { code } = await page(`Inline $${inline}$.\n\n$$\n${display}\n$$`);
    expect(code.match(/MathHtml/g)?.length).toBeGreaterThanOrEqual(2);
    // KaTeX's glyph classes live only inside the strings, never as JSX class names.
    expect(code).not.toMatch(/className: "mord/);
  });
});
