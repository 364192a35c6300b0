import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadChapterIndex, readChapterSource } from './chapters';
import { compileChapter } from './compile';

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
      'm/zh.mdx': chapter('一', 1, '## 开始 {#start}\n\n$z = w_1 a_1 + b$\n\n<NeuronSignal />'),
      'm/en.mdx': chapter('One', 1, '## Start {#start}\n\nText.'),
    });
    const compiled = await compileChapter('m', 'zh', dir);
    expect(compiled.code).toContain('katex');
    expect(compiled.toc).toEqual([{ id: 'start', depth: 2, text: '开始' }]);
    expect(compiled.widgets).toEqual(['NeuronSignal']);
  });

  it('refuses a glossary term the glossary does not define', async () => {
    const dir = fixture({
      't/zh.mdx': chapter('一', 1, '## 开始 {#start}\n\n<Term id="no-such-term">词</Term>'),
      't/en.mdx': chapter('One', 1, '## Start {#start}\n\nText.'),
    });
    await expect(compileChapter('t', 'zh', dir)).rejects.toThrow(/t\/zh\.mdx.*no-such-term/);
  });

  it('refuses a heading without an id, and an unknown component, naming the file', async () => {
    const dir = fixture({
      'h/zh.mdx': chapter('一', 1, '## 没有编号\n\nText.'),
      'h/en.mdx': chapter('One', 1, '## Start {#start}\n\n<Mystery />'),
    });
    await expect(compileChapter('h', 'zh', dir)).rejects.toThrow(/h\/zh\.mdx.*needs an id/);
    await expect(compileChapter('h', 'en', dir)).rejects.toThrow(/h\/en\.mdx.*Mystery/);
  });
});

describe('the book', () => {
  const index = loadChapterIndex();

  it('has every chapter in both languages, in the same order', () => {
    expect(index.zh.length).toBeGreaterThan(0);
    expect(index.zh.map((c) => c.slug)).toEqual(index.en.map((c) => c.slug));
  });

  it.each(index.en.map((c) => c.slug))('%s: zh and en use the same widgets and section ids', async (slug) => {
    const [zh, en] = await Promise.all([compileChapter(slug, 'zh'), compileChapter(slug, 'en')]);
    expect(zh.widgets).toEqual(en.widgets);
    expect(zh.toc.map((entry) => entry.id)).toEqual(en.toc.map((entry) => entry.id));
    expect(zh.code).toContain('katex');
    expect(new Set(zh.terms.map((use) => use.id))).toEqual(new Set(en.terms.map((use) => use.id)));
    // The same scenes, step ids and values: the story moves the widget alike in both languages.
    expect(zh.scenes).toEqual(en.scenes);
  });

  /** Check and Predict ids in reading order; Notes (the teacher's only) are left out. */
  const ids = (slug: string, lang: 'zh' | 'en', kind: 'Check' | 'Predict') =>
    [...readChapterSource(slug, lang).source.replace(/<Notes>[\s\S]*?<\/Notes>/g, '').matchAll(new RegExp(`<${kind} id="([^"]+)"`, 'g'))].map((m) => m[1]);

  it.each(index.en.map((c) => c.slug))('%s: zh and en ask the same checks and predictions, in the same order', (slug) => {
    expect(ids(slug, 'zh', 'Check')).toEqual(ids(slug, 'en', 'Check'));
    expect(ids(slug, 'zh', 'Predict')).toEqual(ids(slug, 'en', 'Predict'));
  });

  it.each(index.en.map((c) => c.slug))('%s: the reader predicts before the main widget (the first the story drives) runs', (slug) => {
    for (const lang of ['zh', 'en'] as const) {
      const text = readChapterSource(slug, lang).source.replace(/<Notes>[\s\S]*?<\/Notes>/g, '');
      const scene = text.indexOf('<Scene ');
      const predict = text.indexOf('<Predict ');
      expect(scene, `${slug}/${lang} has a scene`).toBeGreaterThan(0);
      expect(predict, `${slug}/${lang}: a Predict (outside the notes) before its first scene`).toBeGreaterThan(0);
      expect(predict).toBeLessThan(scene);
    }
  });

  it.each(index.en.filter((c) => c.order >= 2 && c.order <= 9).map((c) => c.slug))('%s: the story drives a widget through a scene of three or more steps', async (slug) => {
    const { scenes } = await compileChapter(slug, 'en');
    expect(Math.max(0, ...scenes.map((scene) => scene.steps.length))).toBeGreaterThanOrEqual(3);
  });
});
