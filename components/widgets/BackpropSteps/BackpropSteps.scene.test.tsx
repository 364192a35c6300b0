// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, screen } from '@testing-library/react';
import { Network, sgd } from '@/lib/nn';
import { formatNumber } from '@/lib/format';
import type { JsonValue } from '../state';
import { renderInStory } from '../state/testing';
import { BackpropSteps as manifest } from './manifest';
import { accepts, type Limit } from '@/lib/scenes/limits';
import { BackpropSteps } from '.';

const { scene } = manifest;

afterEach(cleanup);

const f = (v: number) => formatNumber(v, 3);
const schemas = scene.state as Record<string, Limit>;

const renderWith = (preset: Record<string, JsonValue>) => renderInStory(<BackpropSteps lang="en" />, preset, scene);

describe('BackpropSteps reads the keys its scene declares', () => {
  it('a stored example, parameters, η, stop and record show the engine’s numbers for them', () => {
    const example = { inputs: [0.5, 0, -0.3], target: 0, lr: 1.5, params: { weights: [0.2, 0.4, -0.6], bias: 0.3 }, stage: 6, history: [0.4, 0.35] };
    renderWith(example);
    const network = Network.fromJSON({ layers: [{ weights: [example.params.weights], biases: [0.3], activation: 'sigmoid' }] });
    const loss = network.loss([example.inputs], [[0]], 'mse');
    network.trainStep([example.inputs], [[0]], { loss: 'mse', optimizer: sgd({ lr: 1.5 }) });
    const stepped = network.toJSON().layers[0]!;
    expect(screen.getByTestId('bp-next-w1')).toHaveTextContent(f(stepped.weights[0]![0]!));
    expect(screen.getByTestId('bp-update')).toHaveTextContent(f(network.loss([example.inputs], [[0]], 'mse')));
    expect(screen.getByTestId('bp-history')).toHaveTextContent(`0.400 → 0.350 → ${f(loss)}`);
    expect(screen.getByRole('textbox', { name: 'Input a3' })).toHaveValue('-0.30');
  });

  it('a stored stop jumps the round there; junk is ignored', () => {
    const store = renderWith({ stage: 1 });
    expect(screen.getByTestId('bp-a')).toHaveTextContent('0.500');
    act(() => store.set('c/1:stage', 4));
    expect(screen.getByTestId('bp-dZ')).toHaveTextContent('−0.250');
    act(() => store.set('c/1:stage', 9));
    expect(screen.getByTestId('bp-z')).toHaveTextContent('0.000');
    expect(accepts(schemas.stage!)(9)).toBe(false);
    expect(accepts(schemas.inputs!)([0.8, 2, 0])).toBe(false);
  });
});
