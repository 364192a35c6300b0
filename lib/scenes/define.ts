import type { Limit } from './limits';

/**
 * What a story scene may do to one widget: the state keys a `<Step set={{…}}>` may set, each
 * with the values it may take (checked when the chapter compiles, so a typo or an impossible
 * value fails the build with the file and line). Each widget states its own in its manifest
 * (`<Name>/manifest.ts` in the widgets folder); the compiler is handed them by name.
 */
export interface SceneVocabulary {
  /** Key (as the widget passes it to useWidgetState) → the values a step may give it. */
  state: Readonly<Record<string, Limit>>;
  /** Numeric keys that glide to a step's value (framer-motion) instead of jumping; never under reduced motion. */
  glide?: readonly string[];
  /**
   * True if the widget keeps state outside the store (a network in training): a step that is
   * not the next one (scrolling back, "back to the story") mounts it afresh from its seed, so
   * the step's state is restored exactly; the next step only changes what it sets (mid-run).
   */
  restart?: boolean;
}

/** Every embeddable widget's scene vocabulary, by the name chapters use. */
export type WidgetVocabularies = Readonly<Record<string, SceneVocabulary>>;
