// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { createWidgetStore, sameShape, useWidgetState, WidgetSlot, WidgetStateContext } from '.';

function Counter({ label }: { label: string }) {
  const [count, setCount] = useWidgetState<number>('count', 0);
  return (
    <button type="button" onClick={() => setCount((c) => c + 1)}>
      {label}:{count}
    </button>
  );
}

describe('widget state', () => {
  it('checks shapes: same JSON types, tuple lengths, object keys, finite numbers', () => {
    expect(sameShape([0.8, 0.3, 0.5], [1, 2, 3])).toBe(true);
    expect(sameShape([0.8, 0.3, 0.5], [1, 2])).toBe(false);
    expect(sameShape([0.8, 0.3, 0.5], [1, '2', 3])).toBe(false);
    expect(sameShape(0, Number.NaN)).toBe(false);
    expect(sameShape({ playing: false, rate: 0.1 }, { playing: true, rate: 0.3 })).toBe(true);
    expect(sameShape({ playing: false }, { playing: true, extra: 1 })).toBe(false);
    expect(sameShape([], [{ a: 1 }, 2])).toBe(true);
    expect(sameShape('a', null)).toBe(false);
  });

  it('keeps each instance apart, shares one instance between renders, and ignores junk in the store', () => {
    const store = createWidgetStore();
    render(
      <WidgetStateContext value={store}>
        <WidgetSlot id="c/1">
          <Counter label="first" />
        </WidgetSlot>
        <WidgetSlot id="c/2">
          <Counter label="second" />
        </WidgetSlot>
        <WidgetSlot id="c/1">
          <Counter label="copy" />
        </WidgetSlot>
      </WidgetStateContext>,
    );
    act(() => screen.getByText('first:0').click());
    expect(screen.getByText('first:1')).toBeTruthy();
    expect(screen.getByText('copy:1')).toBeTruthy();
    expect(screen.getByText('second:0')).toBeTruthy();
    expect(store.get('c/1:count')).toBe(1);

    // A value from another window arrives; a malformed one is ignored (initial shown).
    act(() => store.set('c/2:count', 5, 'remote'));
    expect(screen.getByText('second:5')).toBeTruthy();
    act(() => store.set('c/2:count', 'five', 'remote'));
    expect(screen.getByText('second:0')).toBeTruthy();
    act(() => store.clear('c/1'));
    expect(screen.getByText('first:0')).toBeTruthy();
  });

  it('tells listeners where a change came from, so a synced window does not echo it back', () => {
    const store = createWidgetStore();
    const heard: string[] = [];
    store.subscribe((key, value, origin) => heard.push(`${key}=${JSON.stringify(value)} ${origin}`));
    store.set('a', 1);
    store.set('a', 1);
    store.set('b', [1, 2], 'remote');
    expect(heard).toEqual(['a=1 local', 'b=[1,2] remote']);
    expect(store.snapshot()).toEqual({ a: 1, b: [1, 2] });
  });

  it('is plain local state outside a chapter', () => {
    render(<Counter label="alone" />);
    act(() => screen.getByText('alone:0').click());
    expect(screen.getByText('alone:1')).toBeTruthy();
  });
});
