import MiniSearch, { type Options } from 'minisearch';
import type { SearchSection } from './sections';
import { tokenize } from './tokenize';

/** The fields the index searches, and what each result carries to show itself. */
export const searchOptions: Options<SearchSection> = {
  fields: ['heading', 'terms', 'text', 'chapterTitle'],
  storeFields: ['lang', 'slug', 'chapterTitle', 'section', 'heading', 'text'],
  tokenize,
  searchOptions: { boost: { heading: 3, terms: 2, chapterTitle: 1.5 }, prefix: (term) => term.length > 2, combineWith: 'AND' },
};

/** The index of every chapter section and glossary entry, as JSON for the browser. */
export function buildSearchIndex(sections: SearchSection[]): string {
  const index = new MiniSearch<SearchSection>(searchOptions);
  index.addAll(sections);
  return JSON.stringify(index);
}
