// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from '@testing-library/react';
import { LineChart, MARGIN } from './LineChart';

afterEach(cleanup);

const series = [{ id: 'acc', label: 'accuracy', values: [0.2, 0.5, 0.7], steps: [0, 150, 348], colour: 'red' }];

/** The mark's line and label as drawn. */
function drawnMark(x: number, label: string) {
  const { container } = render(<LineChart label="chart" width={380} height={190} xMax={300} series={series} marks={[{ x, label, colour: 'red' }]} />);
  const line = container.querySelector('line[stroke-dasharray="3 3"]')!;
  const text = [...container.querySelectorAll('text')].find((t) => t.textContent === label)!;
  return { x: Number(line.getAttribute('x1')), textX: Number(text.getAttribute('x')), anchor: text.getAttribute('text-anchor') };
}

describe('LineChart marks', () => {
  it('draws a mark planned past the run (the epilogue\'s rate change at step 600, run at 348) inside the chart, its label to the left', () => {
    const mark = drawnMark(600, 'η → 0.030');
    // (before: x(600) on an axis ending at 348 was about 650 in a 380-wide chart, over the matrix beside it)
    expect(mark.x).toBeLessThanOrEqual(380 - MARGIN.right + 0.01);
    expect(mark.anchor).toBe('end');
    expect(mark.textX).toBeLessThan(mark.x);
  });

  it('leaves a mark inside the run where it was, its label to the right', () => {
    const mark = drawnMark(100, 'diverged');
    expect(mark.x).toBeGreaterThan(MARGIN.left);
    expect(mark.x).toBeLessThan(380 / 2);
    expect(mark.anchor).toBeNull();
    expect(mark.textX).toBe(mark.x + 4);
  });
});
