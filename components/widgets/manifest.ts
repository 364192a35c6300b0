import type { ComponentType } from 'react';
import type { Locale } from '@/lib/i18n';
import type { SceneVocabulary } from '@/lib/scenes/define';

export type WidgetComponent = ComponentType<{ lang: Locale }>;

/**
 * Everything the book knows of one widget before its code loads, in `<Name>/manifest.ts`:
 * the chapter compiler reads `scene` (what a story step may set, checked at build time; the
 * widget checks what arrives from the store against the same limits), the page reads `height`.
 * It must stay light (plain numbers, no engine): every chapter page carries it. The code itself
 * is `<Name>/index.tsx` exporting `<Name>`, which LazyWidget fetches (one chunk per widget). A
 * manifest must not import it, not even lazily: the server renders from the manifests, and a
 * `'use client'` module the server graph reaches is sent with every page.
 */
export interface WidgetManifest {
  scene: SceneVocabulary;
  /**
   * The card's height (px) once drawn, on a phone (< 600 px wide) and wider, in both languages:
   * the placeholder holds that room so nothing below it moves (scripts/widget-heights.mjs measures).
   */
  height: { narrow: number; wide: number };
}

export const defineWidget = <const M extends WidgetManifest>(manifest: M): M => manifest;
