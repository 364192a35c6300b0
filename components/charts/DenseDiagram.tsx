'use client';

import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { columnSizes, diagramLayout } from './diagramLayout';
import { SPREAD, denseScene, dotRadius, drawDense, type DenseMessage, type DenseScene } from './drawDense';
import type { DiagramLayer } from './NetworkDiagram';
import { usePalette } from './usePalette';
import styles from './NetworkDiagram.module.css';

type Spot = { column: number; index: number };

/**
 * NetworkDiagram for networks too large for one SVG element per weight: the same columns,
 * colours and thicknesses, drawn on a canvas at most once per frame. The neurons are one
 * tab stop: arrow keys (or the pointer) move between them and the line below reads the
 * focused one out.
 *
 * The canvas is drawn by a worker of its own (denseWorker.ts, on an OffscreenCanvas) where the
 * browser can hand a canvas over, else here. Rasterising the lines (Skia stroking ~1,500 wide
 * anti-aliased lines) was the longest part of the largest dog playground's main-thread tasks:
 * with the worker, A/B in one run (npm run bench:playground, 7 runs each alternated, load
 * average 12-13 on 2 cores), longest setup task 49 vs 81 ms CPU, longest task while playing
 * 17 vs 45 ms CPU (medians).
 */
export function DenseDiagram({ layers, label, describe, width = 460, height = 240, keep = Infinity, onPick }: {
  layers: DiagramLayer[];
  /** a neuron clicked, or Enter pressed on it */
  onPick?: (column: number, index: number) => void;
  /** lines drawn per layer: its strongest weights */
  keep?: number;
  label: string;
  width?: number;
  height?: number;
  describe: (column: number, index: number) => string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const palette = usePalette();
  const [focus, setFocus] = useState<Spot | null>(null);
  const sizes = columnSizes(layers);
  const layout = diagramLayout(sizes, width, height, SPREAD);
  // draws a scene: posts it to the diagram's worker, or draws it here where there is none
  const paint = useRef<((scene: DenseScene) => void) | null>(null);
  const [offThread, setOffThread] = useState(true);

  useEffect(() => {
    // The canvas is made here, not by React: one handed to a worker cannot be handed again, and
    // a remount (or a worker that fails, drawn here instead) needs a fresh one.
    const canvas = document.createElement('canvas');
    canvas.setAttribute('aria-hidden', 'true');
    canvas.style.aspectRatio = `${width} / ${height}`;
    box.current?.append(canvas);
    let worker: Worker | null = null;
    if (offThread && typeof Worker !== 'undefined' && 'transferControlToOffscreen' in canvas) {
      try {
        worker = new Worker(new URL('./denseWorker.ts', import.meta.url), { type: 'module' });
        const offscreen = canvas.transferControlToOffscreen();
        worker.postMessage({ type: 'canvas', canvas: offscreen } satisfies DenseMessage, [offscreen]);
        worker.onerror = () => setOffThread(false);
      } catch {
        worker?.terminate();
        worker = null;
      }
    }
    const post = worker;
    paint.current = post ? (scene) => post.postMessage({ type: 'draw', scene } satisfies DenseMessage, [scene.weights.buffer]) : (scene) => drawDense(canvas, scene);
    return () => {
      paint.current = null;
      worker?.terminate();
      canvas.remove();
    };
  }, [offThread, width, height]);

  // runs after the effect above (declared after it), so a new canvas is drawn at once
  useEffect(() => {
    // a burst of new weights within one frame is drawn once, with the last of them
    const frame = requestAnimationFrame(() => paint.current?.(denseScene(layers, width, height, keep, window.devicePixelRatio, palette)));
    return () => cancelAnimationFrame(frame);
  }, [offThread, layers, width, height, keep, palette]);

  const clampSpot = (column: number, index: number): Spot => {
    const c = Math.max(0, Math.min(sizes.length - 1, column));
    return { column: c, index: Math.max(0, Math.min(sizes[c]! - 1, index)) };
  };
  const onPointer = (event: PointerEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const px = ((event.clientX - box.left) / box.width) * width;
    const py = ((event.clientY - box.top) / box.width) * width; // the canvas keeps its aspect ratio
    let column = 0;
    sizes.forEach((_, c) => { if (Math.abs(layout.x(c) - px) < Math.abs(layout.x(column) - px)) column = c; });
    const n = sizes[column]!;
    setFocus(clampSpot(column, Math.round((py - height / 2) / layout.gap(column) + (n - 1) / 2)));
  };
  const onKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const at = focus ?? { column: 0, index: 0 };
    const moves: Record<string, () => Spot> = {
      ArrowUp: () => clampSpot(at.column, at.index - 1),
      ArrowDown: () => clampSpot(at.column, at.index + 1),
      ArrowLeft: () => clampSpot(at.column - 1, Math.round((at.index * sizes[at.column - 1]!) / sizes[at.column]!)),
      ArrowRight: () => clampSpot(at.column + 1, Math.round((at.index * sizes[at.column + 1]!) / sizes[at.column]!)),
      Home: () => clampSpot(at.column, 0),
      End: () => clampSpot(at.column, sizes[at.column]! - 1),
    };
    if (event.key === 'Enter' && onPick) return onPick(at.column, at.index);
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    setFocus(move());
  };

  return (
    <div className={styles.wrap}>
      <div className={styles.dense} tabIndex={0} role="group" aria-label={label} data-dense=""
        onFocus={() => setFocus((f) => f ?? { column: 0, index: 0 })} onBlur={() => setFocus(null)}
        onPointerMove={onPointer} onPointerLeave={() => setFocus(null)} onKeyDown={onKey}
        onClick={() => focus && onPick?.(focus.column, focus.index)}>
        <div ref={box} style={{ aspectRatio: `${width} / ${height}` }} />
        <svg viewBox={`0 0 ${width} ${height}`} aria-hidden="true">
          {focus ? <circle cx={layout.x(focus.column)} cy={layout.y(focus.column, focus.index)} r={dotRadius(layout, focus.column) + 3} className={styles.ring} /> : null}
        </svg>
      </div>
      <p className={styles.readout} aria-live="polite">
        {focus ? describe(focus.column, focus.index) : '\u00a0'}
      </p>
    </div>
  );
}
