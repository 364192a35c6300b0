'use client';

import type { ReactNode } from 'react';
import { WidgetInstanceContext } from './WidgetStateContext';

/**
 * Names the widget inside it (the compiler wraps each chapter widget in one, see
 * lib/content/slides.ts), so useWidgetState can keep its state under that name. No markup.
 */
export function WidgetSlot({ id, children }: { id: string; children: ReactNode }) {
  return <WidgetInstanceContext value={id}>{children}</WidgetInstanceContext>;
}
