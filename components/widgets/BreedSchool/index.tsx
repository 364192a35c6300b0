'use client';

import type { Locale } from '@/lib/i18n';

/** Under construction: replaced by the real widget before its chapter ships. */
export function BreedSchool({ lang }: { lang: Locale }) {
  return <p data-widget-pending="BreedSchool">{lang === 'zh' ? '（互动组件制作中）' : '(interactive widget in progress)'}</p>;
}
