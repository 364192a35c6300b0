export { useWidgetState } from './useWidgetState';
export { WidgetSlot } from './WidgetSlot';
export { WidgetStateContext, WidgetInstanceContext } from './WidgetStateContext';
export { createWidgetStore, type WidgetStore, type Json, type JsonValue, type Origin } from './store';
export { sameShape } from './shape';
