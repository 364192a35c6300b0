import { describe, expect, it } from 'vitest';
import { clampPosition, jumpTo, nextPosition, previousPosition, slideFromHash } from './deck';
import { actionForKey, deckTakesKey } from './keys';
import { parseMessage } from './messages';

// Title slide, a slide with two reveal steps, a plain slide.
const steps = [0, 2, 0];

describe('deck positions', () => {
  it('steps through reveals before the next slide, and back shows the previous slide whole', () => {
    let position = { index: 0, step: 0 };
    const forward = [];
    for (let i = 0; i < 5; i += 1) forward.push((position = nextPosition(position, steps)));
    expect(forward).toEqual([
      { index: 1, step: 0 },
      { index: 1, step: 1 },
      { index: 1, step: 2 },
      { index: 2, step: 0 },
      { index: 2, step: 0 },
    ]);
    expect(previousPosition({ index: 2, step: 0 }, steps)).toEqual({ index: 1, step: 2 });
    expect(previousPosition({ index: 1, step: 1 }, steps)).toEqual({ index: 1, step: 0 });
    expect(previousPosition({ index: 0, step: 0 }, steps)).toEqual({ index: 0, step: 0 });
  });

  it('makes junk positions and hashes land on a real slide', () => {
    expect(clampPosition({ index: 99, step: 7 }, steps)).toEqual({ index: 2, step: 0 });
    expect(clampPosition({ index: Number.NaN, step: -3 }, steps)).toEqual({ index: 0, step: 0 });
    expect(clampPosition({ index: 1, step: 9 }, steps)).toEqual({ index: 1, step: 2 });
    expect(jumpTo(-4, steps)).toEqual({ index: 0, step: 0 });
    expect(slideFromHash('#2', steps)).toBe(1);
    expect(slideFromHash('#2&presenter', steps)).toBe(1);
    expect(slideFromHash('#999', steps)).toBe(2);
    expect(slideFromHash('#main', steps)).toBeNull();
    expect(slideFromHash('', steps)).toBeNull();
  });

  it('maps keys to actions, whatever the case', () => {
    expect(actionForKey('ArrowRight')).toBe('next');
    expect(actionForKey(' ')).toBe('next');
    expect(actionForKey('PageUp')).toBe('previous');
    expect(actionForKey('F')).toBe('fullscreen');
    expect(actionForKey('x')).toBeNull();
    expect(actionForKey('h')).toBe('handout');
  });

  it("gives a clicker's keys to the deck whatever was touched, and leaves a field or a slider usable", () => {
    for (const focus of ['none', 'text', 'adjustable', 'pressable', 'clicked'] as const) {
      expect(deckTakesKey('PageDown', focus)).toBe(true);
      expect(deckTakesKey('PageUp', focus)).toBe(true);
      expect(deckTakesKey('Escape', focus)).toBe(true);
    }
    // ← → turn the slide everywhere but in a text field.
    expect(deckTakesKey('ArrowRight', 'adjustable')).toBe(true);
    expect(deckTakesKey('ArrowLeft', 'clicked')).toBe(true);
    expect(deckTakesKey('ArrowRight', 'text')).toBe(false);
    expect(deckTakesKey(' ', 'text')).toBe(false);
    expect(deckTakesKey('b', 'text')).toBe(false);
    // A slider keeps ↑ ↓ Home End (and Space) so it can still be set from the keyboard.
    for (const key of ['ArrowUp', 'ArrowDown', 'Home', 'End', ' ']) expect(deckTakesKey(key, 'adjustable')).toBe(false);
    expect(deckTakesKey('b', 'adjustable')).toBe(true);
    // Space presses a button reached with Tab, but turns the slide after a button was clicked.
    expect(deckTakesKey(' ', 'pressable')).toBe(false);
    expect(deckTakesKey('Enter', 'pressable')).toBe(false);
    expect(deckTakesKey(' ', 'clicked')).toBe(true);
    expect(deckTakesKey(' ', 'none')).toBe(true);
  });
});

describe('channel messages', () => {
  it('accepts what the windows send', () => {
    expect(parseMessage({ kind: 'deck', index: 3, step: 0, black: false })).toEqual({ kind: 'deck', index: 3, step: 0, black: false });
    expect(parseMessage({ kind: 'state', key: 'hello-neuron/1:inputs', value: [0.1, 0.2, 0.3] })).not.toBeNull();
    expect(parseMessage({ kind: 'pointer', x: 0.5, y: 1, visible: true })).not.toBeNull();
  });

  it('drops junk: unknown kinds, wrong types, out-of-range numbers, huge payloads', () => {
    expect(parseMessage(null)).toBeNull();
    expect(parseMessage('go')).toBeNull();
    expect(parseMessage({ kind: 'format-disk' })).toBeNull();
    expect(parseMessage({ kind: 'deck', index: -1, step: 0, black: false })).toBeNull();
    expect(parseMessage({ kind: 'deck', index: 1.5, step: 0, black: false })).toBeNull();
    expect(parseMessage({ kind: 'pointer', x: 2, y: 0, visible: true })).toBeNull();
    expect(parseMessage({ kind: 'state', key: '', value: 1 })).toBeNull();
    expect(parseMessage({ kind: 'state', key: 'k', value: 'x'.repeat(300_000) })).toBeNull();
  });
});
