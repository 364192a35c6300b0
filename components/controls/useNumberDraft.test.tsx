// @vitest-environment happy-dom
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { inputMessage } from '@/lib/format';
import { useNumberDraft } from './useNumberDraft';

afterEach(cleanup);

/** A field on the hook alone; `routed` sends its message to a line the "widget" owns. */
function Field({ routed = false }: { routed?: boolean }) {
  const [value, setValue] = useState(0.5);
  const [line, setLine] = useState('');
  const field = useNumberDraft({ shown: String(value), min: 0, max: 1, lang: 'en', onChange: setValue, onMessage: routed ? setLine : undefined });
  return (
    <>
      <input aria-label="p" {...field.inputProps} />
      <output data-testid="used">{value}</output>
      <p data-testid="message">{routed ? line : field.message}</p>
    </>
  );
}

const box = () => screen.getByRole('textbox', { name: 'p' });
const type = (text: string) => fireEvent.change(box(), { target: { value: text } });

describe('useNumberDraft', () => {
  it('keeps typing as typed, commits on Enter or blur, and Esc puts the value in use back', () => {
    render(<Field />);
    type('0.');
    expect(box()).toHaveValue('0.');
    expect(screen.getByTestId('used')).toHaveTextContent('0.5');
    type('-');
    fireEvent.keyDown(box(), { key: 'Enter' });
    expect(screen.getByTestId('message')).toHaveTextContent(inputMessage('en', 'empty'));
    expect(screen.getByTestId('used')).toHaveTextContent('0.5');
    type('０．２５');
    fireEvent.blur(box());
    expect(screen.getByTestId('used')).toHaveTextContent('0.25');
    type('0.9');
    fireEvent.keyDown(box(), { key: 'Escape' });
    expect(box()).toHaveValue('0.25');
    expect(screen.getByTestId('used')).toHaveTextContent('0.25');
  });

  it('refuses junk without losing the value, clamps out-of-range, and clears both notes on Esc', () => {
    render(<Field routed />);
    type('fast');
    fireEvent.keyDown(box(), { key: 'Enter' });
    expect(box()).toHaveValue('0.5');
    expect(box()).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('message')).toHaveTextContent(inputMessage('en', 'not-a-number'));
    type('7');
    fireEvent.keyDown(box(), { key: 'Enter' });
    expect(screen.getByTestId('used')).toHaveTextContent('1');
    expect(box()).toHaveAttribute('aria-invalid', 'false');
    expect(screen.getByTestId('message')).toHaveTextContent(inputMessage('en', 'clamped', { value: '1', min: '0', max: '1' }));
    fireEvent.keyDown(box(), { key: 'Escape' });
    expect(screen.getByTestId('message')).toBeEmptyDOMElement();
  });
});
