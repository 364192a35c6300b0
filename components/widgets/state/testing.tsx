import type { ReactNode } from 'react';
import { render } from '@testing-library/react';
import type { SceneVocabulary } from '@/lib/scenes/define';
import { problem } from '@/lib/scenes/limits';
import type { JsonValue } from '@/lib/json';
import { createWidgetStore, type WidgetStore } from '@/lib/state/store';
import { WidgetStateContext } from './WidgetStateContext';
import { WidgetSlot } from './WidgetSlot';

/**
 * For widget tests: renders `widget` as chapter widget `c/1` with the page's store already
 * holding `preset`, as a story step would leave it. Given the widget's scene vocabulary, each
 * preset value must be one a step may set, so the test proves the keys the scene declares
 * are the keys the widget reads.
 */
export function renderInStory(widget: ReactNode, preset: Record<string, JsonValue>, vocabulary?: SceneVocabulary): WidgetStore {
  for (const [key, value] of Object.entries(preset)) {
    const limit = vocabulary?.state[key];
    if (vocabulary && (!limit || problem(limit, value))) throw new Error(`a scene may not set ${key} = ${JSON.stringify(value)}`);
  }
  const store = createWidgetStore(Object.fromEntries(Object.entries(preset).map(([key, value]) => [`c/1:${key}`, value])));
  render(
    <WidgetStateContext value={store}>
      <WidgetSlot id="c/1">{widget}</WidgetSlot>
    </WidgetStateContext>,
  );
  return store;
}
