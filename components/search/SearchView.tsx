'use client';

import { useEffect, useMemo, useState } from 'react';
import MiniSearch from 'minisearch';
import { htmlLang, type Locale } from '@/lib/i18n';
import { searchOptions } from '@/lib/search/searchIndex';
import type { SearchSection } from '@/lib/search/sections';
import styles from './SearchView.module.css';

type Hit = SearchSection & { score: number };

const words = {
  zh: { label: '搜索全书（中英文都可以）', placeholder: '例如：梯度、learning rate、偏置', loading: '正在载入索引…', none: '没有找到。换个词试试？', failed: '索引载入失败，请刷新重试。', count: (n: number) => `找到 ${n} 处` },
  en: { label: 'Search the whole book (English or Chinese)', placeholder: 'e.g. gradient, 学习速率, bias', loading: 'Loading the index…', none: 'Nothing found. Try another word?', failed: 'The index could not be loaded; reload to try again.', count: (n: number) => `${n} found` },
};

/** Search across every chapter and the glossary, in both languages, from a prebuilt index. */
export function SearchView({ lang }: { lang: Locale }) {
  const [index, setIndex] = useState<MiniSearch<SearchSection> | null | 'failed'>(null);
  const [query, setQuery] = useState('');
  const w = words[lang];

  useEffect(() => {
    const initial = new URLSearchParams(location.search).get('q') ?? '';
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the query comes from the address, read after hydration
    setQuery(initial.slice(0, 200));
    fetch('/search-index.json')
      .then((response) => response.text())
      .then((json) => setIndex(MiniSearch.loadJSON<SearchSection>(json, searchOptions)))
      .catch(() => setIndex('failed'));
  }, []);

  const hits = useMemo(() => {
    if (!index || index === 'failed' || query.trim() === '') return [];
    const found = index.search(query) as unknown as Hit[];
    return found.sort((a, b) => Number(b.lang === lang) - Number(a.lang === lang) || b.score - a.score).slice(0, 30);
  }, [index, query, lang]);

  return (
    <div className={styles.search}>
      <label className={styles.label} htmlFor="search-input">
        {w.label}
      </label>
      <input
        id="search-input"
        className={styles.input}
        type="search"
        value={query}
        placeholder={w.placeholder}
        maxLength={200}
        onChange={(event) => {
          setQuery(event.target.value);
          history.replaceState(null, '', `?q=${encodeURIComponent(event.target.value)}`);
        }}
      />
      <p className={styles.status} role="status">
        {index === null ? w.loading : index === 'failed' ? w.failed : query.trim() === '' ? '' : hits.length ? w.count(hits.length) : w.none}
      </p>
      <ol className={styles.results}>
        {hits.map((hit) => (
          <li key={hit.id} lang={htmlLang[hit.lang]} data-testid="search-hit" data-lang={hit.lang} data-slug={hit.slug}>
            <a href={`/${hit.lang}/${hit.slug}#${hit.section}`}>
              <strong>{hit.heading}</strong>
              <span className={styles.where}>
                {hit.lang === 'zh' ? '中文' : 'English'} · {hit.chapterTitle}
              </span>
              <span className={styles.snippet}>{snippet(hit.text, query)}</span>
            </a>
          </li>
        ))}
      </ol>
    </div>
  );
}

/** A short excerpt around the first place the query's first word appears. */
function snippet(text: string, query: string): string {
  const first = query.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  const at = Math.max(0, text.toLowerCase().indexOf(first));
  const start = Math.max(0, at - 40);
  return `${start > 0 ? '…' : ''}${text.slice(start, start + 140)}${start + 140 < text.length ? '…' : ''}`;
}
