'use client';

import { createContext } from 'react';
import { createWidgetStore, type WidgetStore } from '@/lib/state/store';

/**
 * The page's widget store. The reading page uses this default (local to the tab); the
 * presentation provides one synced with its other window.
 */
export const WidgetStateContext = createContext<WidgetStore>(createWidgetStore());

/** The id of the widget instance being rendered (`<chapter>/<n>`), or null outside a chapter. */
export const WidgetInstanceContext = createContext<string | null>(null);
