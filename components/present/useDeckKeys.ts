'use client';

import { useEffect, useRef } from 'react';
import { actionForKey, type DeckAction } from '@/lib/present/keys';

/** Where keys belong to the control, not the deck: typing, sliders, radio groups, menus. */
const OWN_KEYS =
  'input, textarea, select, [contenteditable=""], [contenteditable="true"], [role="slider"], [role="spinbutton"], [role="textbox"], [role="radiogroup"], [role="radio"], [role="tablist"], [role="listbox"], [role="menu"], [role="grid"]';
/** Where Space and Enter press the control. */
const PRESSABLE = 'button, a[href], summary, [role="button"], [role="checkbox"], [role="switch"]';

/** True if the deck should leave this key to the element that has focus. */
export function belongsToControl(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest(OWN_KEYS)) return true;
  return (key === ' ' || key === 'Enter') && target.closest(PRESSABLE) !== null;
}

/**
 * The deck's keys (lib/present/keys.ts), on the whole window. Keys with a modifier, keys a
 * widget already handled, and keys typed into a field are left alone.
 */
export function useDeckKeys(run: (action: DeckAction, event: KeyboardEvent) => void) {
  const latest = useRef(run);
  useEffect(() => {
    latest.current = run;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
      if (belongsToControl(event.target, event.key)) return;
      const action = actionForKey(event.key);
      if (!action) return;
      event.preventDefault();
      latest.current(action, event);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
