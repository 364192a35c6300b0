'use client';

import { useEffect, useRef } from 'react';
import { actionForKey, deckTakesKey, type DeckAction, type KeyFocus } from '@/lib/present/keys';

/** Fields one types into: every key but the clicker's belongs to them. */
const TEXT =
  'textarea, select, [contenteditable=""], [contenteditable="true"], [role="textbox"], [role="spinbutton"], [role="combobox"], input:not([type="range"], [type="radio"], [type="checkbox"], [type="button"], [type="submit"], [type="reset"], [type="color"], [type="file"])';
/** Controls that arrow keys move. */
const ADJUSTABLE = 'input[type="range"], input[type="radio"], [role="slider"], [role="radiogroup"], [role="radio"], [role="tablist"], [role="tab"], [role="listbox"], [role="menu"], [role="grid"]';
/** Controls that Space and Enter press. */
const PRESSABLE = 'button, a[href], summary, input, [role="button"], [role="checkbox"], [role="switch"]';

/** A control focused by a pointer press rather than by Tab (see `clicked` in KeyFocus). */
const pointerFocused = new WeakSet<Element>();

/** What kind of control the key is typed into (lib/present/keys.ts decides who gets it). */
export function focusOf(target: EventTarget | null): KeyFocus {
  if (!(target instanceof Element) || target === document.body || target.matches('main')) return 'none';
  if (target.closest(TEXT)) return 'text';
  if (target.closest(ADJUSTABLE)) return 'adjustable';
  if (target.closest(PRESSABLE)) return pointerFocused.has(target) ? 'clicked' : 'pressable';
  return 'none';
}

/**
 * The deck's keys (lib/present/keys.ts), on the whole window, heard before any widget: a
 * clicker's PageDown or → must turn the slide even when a slider or button still has the
 * focus (a widget's own key handler would otherwise move the slider). Keys with a modifier
 * and keys typed into a field are left alone. Escape hands the focus back to the deck.
 */
export function useDeckKeys(run: (action: DeckAction, event: KeyboardEvent) => void, deck: React.RefObject<HTMLElement | null>) {
  const latest = useRef(run);
  useEffect(() => {
    latest.current = run;
  });
  useEffect(() => {
    // Focus that lands on the element just pressed came from the pointer; any other (Tab, a
    // script, a key pressed since) did not. A clock would not do: a quick Tab after a click
    // must still count as the keyboard's.
    let pressed: Element | null = null;
    const onPointer = (event: PointerEvent) => void (pressed = event.target instanceof Element ? event.target : null);
    const onFocus = (event: FocusEvent) => {
      if (!(event.target instanceof Element)) return;
      if (pressed && (event.target.contains(pressed) || pressed.contains(event.target))) pointerFocused.add(event.target);
      else pointerFocused.delete(event.target);
      pressed = null;
    };
    const onKey = (event: KeyboardEvent) => {
      pressed = null;
      if (event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
      // Escape is heard last (below): a field first puts back its value, a dialog closes itself.
      if (event.key === 'Escape' || !deckTakesKey(event.key, focusOf(event.target))) return;
      const action = actionForKey(event.key);
      if (!action) return;
      event.preventDefault();
      event.stopPropagation();
      latest.current(action, event);
    };
    const onEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.isComposing) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('dialog')) return;
      releaseFocus(target, deck.current);
      latest.current('close', event);
    };
    window.addEventListener('pointerdown', onPointer, true);
    window.addEventListener('focusin', onFocus, true);
    window.addEventListener('keydown', onKey, true);
    window.addEventListener('keydown', onEscape);
    return () => {
      window.removeEventListener('keydown', onEscape);
      window.removeEventListener('pointerdown', onPointer, true);
      window.removeEventListener('focusin', onFocus, true);
      window.removeEventListener('keydown', onKey, true);
    };
  }, [deck]);
}

/** Escape: the control that had the focus lets go of it, and the deck has it again. */
function releaseFocus(target: Element | null, deck: HTMLElement | null) {
  if (target instanceof HTMLElement && target !== deck) target.blur();
  deck?.focus({ preventScroll: true });
}
