import type { WidgetVocabularies } from '@/lib/scenes/define';
import type { WidgetManifest } from './manifest';
import * as registry from './registry';

export type WidgetName = keyof typeof registry;

/** Every widget's manifest by name (the registry, as one table). */
export const widgets: Readonly<Record<WidgetName, WidgetManifest>> = registry;
export const widgetNames = Object.keys(widgets) as WidgetName[];

/** What the chapter compiler is told of the widgets: each one's scene vocabulary. */
export const vocabularies: WidgetVocabularies = Object.fromEntries(widgetNames.map((name) => [name, widgets[name].scene]));
