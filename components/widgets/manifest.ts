import type { ComponentType } from 'react';
import type { Locale } from '@/lib/i18n';
import type { SceneVocabulary } from '@/lib/scenes/define';

export type WidgetComponent = ComponentType<{ lang: Locale }>;

/**
 * What the book knows of a widget before its code (`<Name>/index.tsx`) loads: what a story step
 * may set (the compiler checks chapters, the widget its store, against the same limits) and its
 * placeholder's height. Light (no engine, no `import()` of the widget, not even lazy): every page
 * carries it, and a client module the server's graph reaches is sent with every page.
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
