// The book as it ships: every chapter compiled with the registered widgets' scene vocabularies.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadChapterIndex, readChapterSource } from '@/lib/content/chapters';
import { compileChapter } from '@/lib/content/compile';
import { vocabularies } from '@/components/widgets/widgets';

describe('the book', () => {
  const index = loadChapterIndex();

  it('has every chapter in both languages, in the same order', () => {
    expect(index.zh.length).toBeGreaterThan(0);
    expect(index.zh.map((c) => c.slug)).toEqual(index.en.map((c) => c.slug));
  });

  it.each(index.en.map((c) => c.slug))('%s: zh and en use the same widgets and section ids', async (slug) => {
    const [zh, en] = await Promise.all([compileChapter(slug, 'zh', vocabularies), compileChapter(slug, 'en', vocabularies)]);
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
    const { scenes } = await compileChapter(slug, 'en', vocabularies);
    expect(Math.max(0, ...scenes.map((scene) => scene.steps.length))).toBeGreaterThanOrEqual(3);
  });
});

describe('the malformed-scene fixture', () => {
  it.each(['en', 'zh'] as const)('%s: the build stops at the bad step, naming the file and line', async (lang) => {
    await expect(compileChapter('broken', lang, vocabularies, path.join('tests', 'fixtures', 'scenes'))).rejects.toThrow(
      `tests/fixtures/scenes/broken/${lang}.mdx:19: NeuronSignal cannot show inputs.1 = [0.5,7,0.5]`,
    );
  });
});
