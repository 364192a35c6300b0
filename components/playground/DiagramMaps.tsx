'use client';

import { useEffect, useMemo, useRef } from 'react';
import { columnSizes, diagramLayout } from '@/components/charts/diagramLayout';
import { paintValues } from '@/components/charts/Heatmap';
import { usePalette } from '@/components/charts/usePalette';
import type { NetworkJSON } from '@/lib/nn';
import { divergingTable } from '@/lib/theme';
import type { NeuronMap } from '@/lib/playground/inspect';
import { SMALL } from './NeuronMaps';
import styles from './Playground.module.css';

/**
 * Each hidden neuron's map painted inside its circle in the network diagram, as
 * tensorflow/playground does: one canvas laid over the diagram (pointer events pass through
 * to it, so clicking or pressing Enter on a neuron still picks it), painted at most once per
 * frame from maps computed once per network reading. Only the 2-D sets have maps (at most
 * 6 layers of 8); their columns are never tall enough for the dense diagram's minimum spread
 * (a radius under 7.5 px), so both diagrams place the neurons where diagramLayout does here.
 * Cost, A/B in one run (largest 2-D setup, six relu layers of 8 and every feature, 5 s of play,
 * medians of 5 alternated, load average 16 on 2 cores): main-thread CPU 1,597 ms without the
 * maps in the circles, 1,605 ms with them; longest task 40 and 31 ms.
 */
export function DiagramMaps({ network, maps, width, height, most = Infinity }: {
  network: NetworkJSON;
  maps: readonly (readonly NeuronMap[])[];
  width: number;
  height: number;
  /** largest radius of a map in pixels of the diagram (its circle's radius less its outline otherwise) */
  most?: number;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const scratch = useRef<HTMLCanvasElement | null>(null);
  const palette = usePalette();
  const table = useMemo(() => divergingTable(palette), [palette]);
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      const target = canvas.current;
      const ctx = target?.getContext('2d');
      if (!target || !ctx) return;
      const dpr = Math.min(2, window.devicePixelRatio || 1);
      target.width = Math.round(width * dpr); // also clears it
      target.height = Math.round(height * dpr);
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      const layout = diagramLayout(columnSizes(network.layers), width, height);
      const r = Math.max(4, Math.min(most, layout.radius - 2)); // the circle's outline (or focus ring) stays visible around the map
      const small = (scratch.current ??= document.createElement('canvas'));
      small.width = SMALL.nx; // also clears it
      small.height = SMALL.ny;
      const sctx = small.getContext('2d');
      if (!sctx) return;
      const image = sctx.createImageData(SMALL.nx, SMALL.ny);
      // a map is smaller than its grid is wide, so each pixel shows one grid value as it is
      ctx.imageSmoothingEnabled = false;
      maps.forEach((layer, l) => layer.forEach((map) => {
        paintValues(image.data, map.values, SMALL.nx, SMALL.ny, map.domain, table);
        sctx.putImageData(image, 0, 0);
        const cx = layout.x(l + 1);
        const cy = layout.y(l + 1, map.neuron);
        ctx.save();
        ctx.beginPath();
        ctx.arc(cx, cy, r, 0, 2 * Math.PI);
        ctx.clip();
        ctx.drawImage(small, cx - r, cy - r, 2 * r, 2 * r);
        ctx.restore();
      }));
    });
    return () => cancelAnimationFrame(frame);
  }, [network, maps, width, height, most, table]);
  return <canvas ref={canvas} className={styles.diagramMaps} aria-hidden="true" data-testid="diagram-maps"
    style={{ aspectRatio: `${width} / ${height}` }} />;
}
