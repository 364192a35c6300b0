import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadChapterIndex } from './chapters';
import { compileChapter } from './compile';
import { testWidgets } from './testChapter';

const temp: string[] = [];
afterEach(() => temp.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** A content folder with the given files, e.g. { 'a/zh.mdx': '...' }. */
function fixture(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-'));
  temp.push(dir);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const chapter = (title: string, order = 1, body = '## Start {#start}\n\nText.') =>
  `---\ntitle: ${title}\nsummary: A summary.\norder: ${order}\n---\n\n${body}\n`;

describe('content loader on fixtures', () => {
  it('fails naming the missing language file', () => {
    const dir = fixture({ 'one/zh.mdx': chapter('一') });
    expect(() => loadChapterIndex(dir)).toThrow(/one\/en\.mdx is missing/);
  });

  it('fails naming the file whose title is missing', () => {
    const dir = fixture({ 'one/zh.mdx': chapter('一'), 'one/en.mdx': '---\nsummary: s\norder: 1\n---\nHi\n' });
    expect(() => loadChapterIndex(dir)).toThrow(/one\/en\.mdx.*"title"/);
  });

  it('fails when the two languages disagree on the order', () => {
    const dir = fixture({ 'one/zh.mdx': chapter('一', 1), 'one/en.mdx': chapter('One', 2) });
    expect(() => loadChapterIndex(dir)).toThrow(/"order" is 2/);
  });

  it('sorts chapters by order, not by folder name', () => {
    const dir = fixture({
      'a/zh.mdx': chapter('二', 2),
      'a/en.mdx': chapter('Two', 2),
      'b/zh.mdx': chapter('一', 1),
      'b/en.mdx': chapter('One', 1),
    });
    expect(loadChapterIndex(dir).en.map((c) => c.title)).toEqual(['One', 'Two']);
  });

  it('compiles math to KaTeX markup and gives headings their written ids', async () => {
    const dir = fixture({
      'm/zh.mdx': chapter('一', 1, '## 开始 {#start}\n\n$z = w_1 a_1 + b$\n\n<Dial />'),
      'm/en.mdx': chapter('One', 1, '## Start {#start}\n\nText.'),
    });
    const compiled = await compileChapter('m', 'zh', testWidgets, dir);
    expect(compiled.code).toContain('katex');
    expect(compiled.toc).toEqual([{ id: 'start', depth: 2, text: '开始' }]);
    expect(compiled.widgets).toEqual(['Dial']);
  });

  it('refuses a glossary term the glossary does not define', async () => {
    const dir = fixture({
      't/zh.mdx': chapter('一', 1, '## 开始 {#start}\n\n<Term id="no-such-term">词</Term>'),
      't/en.mdx': chapter('One', 1, '## Start {#start}\n\nText.'),
    });
    await expect(compileChapter('t', 'zh', testWidgets, dir)).rejects.toThrow(/t\/zh\.mdx.*no-such-term/);
  });

  it('refuses a heading without an id, and an unknown component, naming the file', async () => {
    const dir = fixture({
      'h/zh.mdx': chapter('一', 1, '## 没有编号\n\nText.'),
      'h/en.mdx': chapter('One', 1, '## Start {#start}\n\n<Mystery />'),
    });
    await expect(compileChapter('h', 'zh', testWidgets, dir)).rejects.toThrow(/h\/zh\.mdx.*needs an id/);
    await expect(compileChapter('h', 'en', testWidgets, dir)).rejects.toThrow(/h\/en\.mdx.*Mystery/);
  });
});
