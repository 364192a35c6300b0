// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { adam, sgd } from '@/lib/nn';
import { formatNumber } from '@/lib/format';
import { RollingDownhill } from '.';
import { bowl, curve } from './landscape';
import { MAX_STEPS, RACE_ETA, RACERS, bowlPath } from './descend';

afterEach(cleanup);

const typeInto = (label: string, text: string) => {
  const field = screen.getByRole('textbox', { name: label });
  fireEvent.change(field, { target: { value: text } });
  fireEvent.keyDown(field, { key: 'Enter' });
};

describe('RollingDownhill', () => {
  it('one step on the curve lands where the engine’s SGD puts it', () => {
    render(<RollingDownhill lang="en" />);
    typeInto('Weight w', '-0.5');
    typeInto('Learning rate η', '0.3');
    fireEvent.click(screen.getAllByRole('button', { name: 'Step' })[0]!);
    const w = Float64Array.of(-0.5);
    sgd({ lr: 0.3 }).update([w], [Float64Array.of(curve.slope(-0.5))], [false]);
    expect(screen.getByTestId('curve-w')).toHaveTextContent(formatNumber(w[0]!, 3));
    expect(screen.getByTestId('curve-steps')).toHaveTextContent('step 1');
  });

  it('says "diverged" in words when a huge step throws the ball off the chart', () => {
    render(<RollingDownhill lang="zh" />);
    typeInto('权重 w', '3');
    typeInto('学习速率 η', '1.2');
    fireEvent.click(screen.getAllByRole('button', { name: '走一步' })[0]!);
    expect(screen.getByTestId('curve-status')).toHaveTextContent(/飞出了图.*发散/);
    expect(screen.getByTestId('curve-loss')).toHaveTextContent('—');
  });

  it('moving the start by keyboard moves every path, computed by the engine', () => {
    render(<RollingDownhill lang="en" />);
    fireEvent.click(screen.getAllByRole('button', { name: 'Step' })[1]!);
    const before = screen.getByTestId('bowl-adam-w1').textContent;
    const start = screen.getByTestId('bowl-start');
    fireEvent.keyDown(start, { key: 'ArrowRight', shiftKey: true });
    fireEvent.keyDown(start, { key: 'ArrowDown' });
    const p = Float64Array.of(-3.5, 1.4);
    adam({ lr: RACE_ETA }).update([p], [Float64Array.from(bowl.gradient(-3.5, 1.4))], [false]);
    expect(screen.getByTestId('bowl-adam-w1')).toHaveTextContent(formatNumber(p[0]!, 2));
    expect(screen.getByTestId('bowl-adam-w1').textContent).not.toBe(before);
    expect(screen.getByTestId('bowl-adam-loss')).toHaveTextContent(formatNumber(bowl.loss(p[0]!, p[1]!), 3));
  });

  it('races all three at one rate, where plain descent crawls and momentum and Adam reach the floor', () => {
    expect(new Set(RACERS.map((r) => r.lr))).toEqual(new Set([RACE_ETA]));
    const floor = (spec: (typeof RACERS)[number]) => bowlPath(spec, [-4, 1.5]).points.findIndex(([a, b]) => bowl.loss(a, b) < 0.01);
    const [plain, momentum, adamRacer] = RACERS;
    expect(floor(plain!)).toBe(-1);
    expect(floor(momentum!)).toBeGreaterThan(0);
    expect(floor(momentum!)).toBeLessThan(MAX_STEPS / 2);
    expect(floor(adamRacer!)).toBeLessThan(MAX_STEPS / 2);
    // Plain descent cannot just take a bigger step: the steep direction blows up from η = 1.
    expect(Math.abs(bowlPath({ kind: 'sgd', lr: 1.05 }, [-4, 1.5]).points.at(-1)![1])).toBeGreaterThan(1.5);
  });
});
