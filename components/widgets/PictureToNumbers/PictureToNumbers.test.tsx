// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { weightedSum } from '@/lib/nn';
import { BREEDS } from '@/lib/nn/datasets';
import { problem } from '@/lib/scenes/limits';
import { formatNumber } from '@/lib/format';
import { NEURON } from './neuron';
import { pictureFor } from './recipe';
import { PictureToNumbers as manifest } from './manifest';
import { renderInStory } from '../state/testing';
import { PictureToNumbers } from '.';

afterEach(cleanup);

const entry = (index: number) => document.querySelector(`[data-index="${index}"]`)!;

describe('PictureToNumbers', () => {
  it('paints by keyboard: the input entry and the weighted sum follow the engine', () => {
    render(<PictureToNumbers lang="en" />);
    const pixels = pictureFor(0, 0);
    expect(screen.getByTestId('neuron-sum')).toHaveTextContent(formatNumber(weightedSum(pixels, NEURON.weights, NEURON.bias)));

    const grid = screen.getByRole('application', { name: /Pixel grid/ });
    for (const key of ['ArrowRight', 'ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'ArrowUp']) fireEvent.keyDown(grid, { key });
    expect(screen.getByTestId('pixel-readout')).toHaveTextContent('row 1, column 2 → a2 =');
    fireEvent.keyDown(grid, { key: ' ' });
    pixels[1] = 1;
    expect(within(entry(2) as HTMLElement).getByText('1.00')).toBeInTheDocument();
    expect(entry(2)).toHaveAttribute('data-current');
    const z = formatNumber(weightedSum(pixels, NEURON.weights, NEURON.bias));
    expect(screen.getByTestId('neuron-sum')).toHaveTextContent(z);
    expect(screen.getByTestId('widget-summary')).toHaveTextContent(`input a2 = 1.00. The Dalmatian neuron’s weighted sum z = ${z}.`);

    fireEvent.click(screen.getByRole('radio', { name: 'Black 0' }));
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    fireEvent.keyDown(grid, { key: 'Enter' });
    pixels[17] = 0;
    expect(screen.getByTestId('neuron-sum')).toHaveTextContent(formatNumber(weightedSum(pixels, NEURON.weights, NEURON.bias)));
    expect(screen.getByTestId('pixel-term')).toHaveTextContent(`× 0.00 = 0.000`);
  });

  it('switches breed and picture, and restores a painted picture', () => {
    render(<PictureToNumbers lang="zh" />);
    fireEvent.click(screen.getByRole('radio', { name: '斑点狗' }));
    fireEvent.click(screen.getByRole('button', { name: '换一张' }));
    const dalmatian = pictureFor(2, 1);
    const sum = formatNumber(weightedSum(dalmatian, NEURON.weights, NEURON.bias));
    expect(screen.getByTestId('neuron-sum')).toHaveTextContent(sum);
    expect(screen.getByTestId('widget-summary')).toHaveTextContent('斑点狗，第 2 张');
    fireEvent.keyDown(screen.getByRole('application'), { key: 'Enter' });
    expect(screen.getByTestId('neuron-sum')).not.toHaveTextContent(sum);
    fireEvent.click(screen.getByRole('button', { name: '恢复原图' }));
    expect(screen.getByTestId('neuron-sum')).toHaveTextContent(sum);
  });

  it('shows the breed, picture and brush a story step put in the widget store', () => {
    const store = renderInStory(<PictureToNumbers lang="en" />, { breed: 2, picture: 3, brush: '0.5' });
    expect(screen.getByTestId('neuron-sum')).toHaveTextContent(formatNumber(weightedSum(pictureFor(2, 3), NEURON.weights, NEURON.bias)));
    expect(screen.getByTestId('widget-summary')).toHaveTextContent('Dalmatian, picture 4');
    expect(screen.getByRole('radio', { name: 'Grey 0.5' })).toBeChecked();
    // painting stores all 256 grey levels; a new picture forgets them
    fireEvent.keyDown(screen.getByRole('application'), { key: 'Enter' });
    expect((store.get('c/1:pixels') as number[])[0]).toBe(0.5);
    fireEvent.click(screen.getByRole('button', { name: 'Another picture' }));
    expect(store.get('c/1:pixels')).toEqual([]);
    expect(store.get('c/1:picture')).toBe(4);
  });

  it('lets a story pick every breed the engine draws, and no other', () => {
    const { breed } = manifest.scene.state;
    expect(BREEDS.map((_, i) => problem(breed, i))).toEqual(BREEDS.map(() => null));
    expect(problem(breed, BREEDS.length)).not.toBeNull();
  });
});
