import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createElement, Fragment, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { getMDXComponent } from 'mdx-bundler/client';
import katex from 'katex';
import { afterEach, describe, expect, it } from 'vitest';
import { MathHtml } from '@/components/story/MathHtml';
import { compileChapter } from './compile';

const temp: string[] = [];
afterEach(() => temp.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

const pass = ({ children }: { children?: ReactNode }) => createElement(Fragment, null, children);

async function page(body: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'math-'));
  temp.push(dir);
  for (const lang of ['zh', 'en']) {
    fs.mkdirSync(path.join(dir, 'm'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'm', `${lang}.mdx`), `---\ntitle: T\nsummary: S.\norder: 1\n---\n\n${body}\n`);
  }
  const { code } = await compileChapter('m', 'en', dir);
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
