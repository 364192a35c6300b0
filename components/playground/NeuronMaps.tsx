'use client';

import { useMemo, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { Heatmap } from '@/components/charts/Heatmap';
import { Button } from '@/components/controls/Button';
import { formatNumber } from '@/lib/format';
import type { FeatureName, NetworkJSON } from '@/lib/nn';
import { neuronAt, neuronMaps } from '@/lib/playground/inspect';
import type { GridRequest } from '@/lib/nn/worker/protocol';
import type { NeuronMap } from '@/lib/playground/inspect';
import type { NeuronMapWords } from './neuronWords';
import styles from './Playground.module.css';

/** Low resolution is plenty for a thumbnail, and keeps 48 maps cheap; the large map draws the same values bigger. */
export const SMALL: GridRequest = { xMin: -1, xMax: 1, yMin: -1, yMax: 1, nx: 24, ny: 24 };
const PLAIN: readonly FeatureName[] = ['x1', 'x2'];
/** The large map's side: ten pixels for each grid value. */
const LARGE = 10 * SMALL.nx;
/** One arrow-key press moves the point this far (the square is 2 wide). */
const NUDGE = 0.1;

/** A hidden neuron: its layer in the network's JSON and its index there. */
export type Picked = { layer: number; neuron: number };
type Point = readonly [number, number];

const clamp = (v: number) => Math.max(-1, Math.min(1, Math.round(v * 100) / 100));
const signed = (v: number) => (v < 0 ? `(${formatNumber(v, 2)})` : formatNumber(v, 2));

/** The neuron's weighted sum with today's weights and the point's inputs, and its activation, as text. */
function Formula({ words, network, features, point, picked, activationName }: {
  words: NeuronMapWords;
  network: NetworkJSON;
  features: readonly FeatureName[];
  point: Point;
  picked: Picked;
  activationName: (name: string) => string;
}) {
  const at = neuronAt(network, features, point, picked.layer, picked.neuron);
  const terms = at.terms.map((t) => `${signed(t.weight)} × ${signed(t.value)}`).join(' + ');
  return (
    <div className={styles.formula} data-testid="neuron-formula" data-output={at.output} data-sum={at.sum} aria-live="polite">
      <p className={styles.hint}>{words.at(`${formatNumber(point[0], 2)}, ${formatNumber(point[1], 2)}`)}</p>
      <p><span className={styles.muted}>{words.sum}</span> z = {terms} + {signed(at.bias)} = <strong>{formatNumber(at.sum, 3)}</strong></p>
      <p><span className={styles.muted}>{words.output}</span> {activationName(at.activation)}(z) = <strong data-testid="neuron-output">{formatNumber(at.output, 3)}</strong></p>
    </div>
  );
}

/**
 * Every hidden neuron's own output over the input square, layer by layer (2-D sets), as
 * tensorflow/playground draws them. A thumbnail is a button: hovering or focusing it works the
 * neuron out at the chosen point; clicking it shows it large, where the pointer (or the arrow
 * keys) chooses that point. The maps are computed once per network reading, not per frame.
 */
export function NeuronMaps({ words, title = words.title, network, features = PLAIN, activationName = (a) => a, thumb = 52, ...shared }: {
  words: NeuronMapWords;
  /** the heading above the maps (default: what each hidden neuron sees) */
  title?: string;
  network: NetworkJSON | null;
  features?: readonly FeatureName[];
  /** an activation's name as the reader's language writes it */
  activationName?: (name: string) => string;
  /** thumbnail side in CSS pixels */
  thumb?: number;
  /** the maps when the caller computed them already (neuronMaps over SMALL), e.g. to paint them in the diagram too */
  maps?: readonly (readonly NeuronMap[])[];
  /** the neuron shown large, when the caller holds it (a neuron picked in the diagram shows large) */
  selected?: Picked | null;
  onSelect?: (picked: Picked | null) => void;
}) {
  const own = useMemo(() => (network && !shared.maps ? neuronMaps(network, SMALL, features) : []), [network, features, shared.maps]);
  const maps = shared.maps ?? own;
  const [ownSelected, setOwnSelected] = useState<Picked | null>(null);
  const selected = shared.onSelect ? (shared.selected ?? null) : ownSelected;
  const setSelected = shared.onSelect ?? setOwnSelected;
  const [hovered, setHovered] = useState<Picked | null>(null);
  const [point, setPoint] = useState<Point>([0.5, 0.5]);
  if (!network || maps.length === 0) return null;
  const fits = (p: Picked | null) => (p && maps[p.layer]?.[p.neuron] ? p : null);
  const large = fits(selected);
  const shown = fits(hovered) ?? large;
  const map = large ? maps[large.layer]![large.neuron]! : null;

  const pointAt = (event: PointerEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    setPoint([clamp(-1 + (2 * (event.clientX - box.left)) / box.width), clamp(1 - (2 * (event.clientY - box.top)) / box.height)]);
  };
  const nudge = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, Point> = { ArrowLeft: [-NUDGE, 0], ArrowRight: [NUDGE, 0], ArrowUp: [0, NUDGE], ArrowDown: [0, -NUDGE] };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    setPoint(([x, y]) => [clamp(x + move[0]), clamp(y + move[1])]);
  };

  return (
    <div className={styles.maps} data-testid="neuron-maps">
      <p className={styles.subhead}>{title}</p>
      {maps.map((layer, l) => (
        <div key={l} className={styles.mapRow}>
          {/* small thumbnails sit in narrow columns: the layer's name takes a line of its own */}
          <span className={thumb < 52 ? styles.mapLabelLine : styles.mapLabel}>{words.layer(l + 1)}</span>
          {layer.map((m) => {
            const here = { layer: l, neuron: m.neuron };
            const on = large?.layer === l && large.neuron === m.neuron;
            return (
              <button key={m.neuron} type="button" className={styles.map} style={{ width: thumb + 6 }} aria-pressed={on}
                aria-label={words.neuronMap(l + 1, m.neuron + 1)} data-neuron={`${l}-${m.neuron}`}
                onClick={() => setSelected(on ? null : here)}
                onPointerEnter={() => setHovered(here)} onPointerLeave={() => setHovered(null)}
                onFocus={() => setHovered(here)} onBlur={() => setHovered(null)}>
                <Heatmap values={m.values} nx={SMALL.nx} ny={SMALL.ny} bounds={SMALL} domain={m.domain} label={words.neuronMap(l + 1, m.neuron + 1)} size={thumb} />
              </button>
            );
          })}
        </div>
      ))}
      {large && map ? (
        <div className={styles.largeMap} data-testid="neuron-large" data-neuron={`${large.layer}-${large.neuron}`}>
          <div className={styles.largeCanvas} tabIndex={0} onPointerMove={pointAt} onPointerDown={pointAt} onKeyDown={nudge}
            aria-label={words.large(large.layer + 1, large.neuron + 1)} role="group">
            <Heatmap values={map.values} nx={SMALL.nx} ny={SMALL.ny} bounds={SMALL} domain={map.domain} label={words.large(large.layer + 1, large.neuron + 1)} size={LARGE} />
            <span className={styles.cross} aria-hidden="true" style={{ left: `${((point[0] + 1) / 2) * 100}%`, top: `${((1 - point[1]) / 2) * 100}%` }} />
          </div>
          <p className={styles.hint}>{words.pointHint}</p>
          <Button onClick={() => setSelected(null)}>{words.close}</Button>
        </div>
      ) : null}
      {shown ? <Formula words={words} network={network} features={features} point={point} picked={shown} activationName={activationName} /> : null}
    </div>
  );
}
