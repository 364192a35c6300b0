// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { WidgetBoundary } from './WidgetBoundary';
import { WidgetSlot, WidgetStateContext, createWidgetStore, useWidgetState } from './state';

afterEach(cleanup);

let explode = true;
function Fragile() {
  const [count] = useWidgetState('count', 0);
  if (explode) throw new Error('boom');
  return <p>count {count}</p>;
}

describe('WidgetBoundary', () => {
  it('shows a note instead of a broken widget, and "reset" remounts it with its shared state cleared', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const store = createWidgetStore();
    store.set('ch/1:count', 7, 'remote');
    render(
      <WidgetStateContext value={store}>
        <WidgetSlot id="ch/1">
          <WidgetBoundary lang="en">
            <Fragile />
          </WidgetBoundary>
        </WidgetSlot>
        <p>the rest of the chapter</p>
      </WidgetStateContext>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('the rest of the chapter is fine');
    expect(screen.getByText('the rest of the chapter')).toBeInTheDocument();
    explode = false;
    fireEvent.click(screen.getByRole('button', { name: 'Reset this widget' }));
    expect(screen.getByText('count 0')).toBeInTheDocument();
    expect(store.get('ch/1:count')).toBeUndefined();
  });
});
