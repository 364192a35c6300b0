import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { collectSearchSections } from './collect';
import { buildSearchIndex, searchOptions } from './searchIndex';
import { tokenize } from './tokenize';
import type { SearchSection } from './sections';

const index = MiniSearch.loadJSON<SearchSection>(buildSearchIndex(collectSearchSections()), searchOptions);
const hits = (query: string) => index.search(query) as unknown as (SearchSection & { score: number })[];

describe('search', () => {
  it('splits Chinese into characters and pairs, Latin into words', () => {
    expect(tokenize('梯度 Descent!')).toEqual(['梯', '梯度', '度', 'descent']);
  });

  it('finds a Chinese word inside Chinese prose', () => {
    expect(hits('学习速率').some((hit) => hit.lang === 'zh' && hit.slug === 'learning-rate')).toBe(true);
  });

  it('finds the other language’s chapter through a glossary term', () => {
    const results = hits('gradient descent');
    expect(results.some((hit) => hit.lang === 'en' && hit.slug === 'gradient-descent')).toBe(true);
    expect(results.some((hit) => hit.lang === 'zh' && hit.slug === 'gradient-descent')).toBe(true);
  });

  it('indexes every section of every chapter once', () => {
    const sections = collectSearchSections().filter((s) => s.slug !== 'glossary');
    expect(new Set(sections.map((s) => s.id)).size).toBe(sections.length);
    expect(sections.every((s) => s.text.length > 0 && !s.text.includes('<Line'))).toBe(true);
  });
});
