'use client';

import { useEffect } from 'react';
import type { Locale } from '@/lib/i18n';
import { progressStore } from './useProgress';

/**
 * Records the sections the reader reaches and the last place; the chapter counts as
 * read once its end (the previous/next links) comes into view.
 */
export function ChapterTracker({ lang, slug }: { lang: Locale; slug: string }) {
  useEffect(() => {
    const store = progressStore();
    // A section counts once its heading reaches the upper part of the screen.
    const sections = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          const section = (entry.target as HTMLElement).id;
          store.updateChapter(slug, (record) =>
            record.seen.includes(section) ? record : { ...record, seen: [...record.seen, section] },
          );
          store.setLast({ lang, slug, section });
        }
      },
      { rootMargin: '0px 0px -60% 0px' },
    );
    // The end sits at the bottom of the page, so any of it showing counts.
    const end = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        store.updateChapter(slug, (record) => (record.read ? record : { ...record, read: true }));
      }
    });
    document.querySelectorAll('main h2[id]').forEach((element) => sections.observe(element));
    document.querySelectorAll('[data-chapter-end]').forEach((element) => end.observe(element));
    // Opening a chapter keeps the section the reader was at, if it was this chapter.
    store.setLast((old) => ({ lang, slug, section: old?.slug === slug ? old.section : null }));
    return () => {
      sections.disconnect();
      end.disconnect();
    };
  }, [lang, slug]);
  return null;
}
