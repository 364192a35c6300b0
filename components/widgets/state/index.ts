export { useWidgetState } from './useWidgetState';
export { WidgetSlot } from './WidgetSlot';
export { WidgetStateContext, WidgetInstanceContext } from './WidgetStateContext';
export { createWidgetStore, type WidgetStore, type Origin } from '@/lib/state/store';
export type { Json, JsonValue } from '@/lib/json';
export { sameShape } from '@/lib/state/shape';
