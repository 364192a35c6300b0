'use client';
// The reader's own points over the boundary: an SVG layer the size of the plot, in plot
// units (±OWN.range). Clicking the plot adds a point, dragging one moves it (written into the
// setup when it is dropped, so a drag starts one new run, not one per pixel), right-click or
// Delete removes it, arrows move a focused one.
import { useMemo, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { usePalette } from '@/components/charts/usePalette';
import { OWN, clampPoint, pointCount, type OwnKind, type OwnPoints } from '@/lib/playground/own';
import { divergingTable } from '@/lib/theme';
import type { OwnWords } from './ownWords';
import styles from './Playground.module.css';

const R = OWN.range;
/** A keyboard step in plot units (Shift: a whole unit). */
const STEP = 0.25;

/** The point index k moved to (x, y). */
const moved = (points: OwnPoints, k: number, x: number, y: number): OwnPoints => {
  const [cx, cy] = clampPoint(x, y);
  return points.map((v, i) => (i === 3 * k ? cx : i === 3 * k + 1 ? cy : v));
};
/** The points without index k. */
const without = (points: OwnPoints, k: number): OwnPoints => [...points.slice(0, 3 * k), ...points.slice(3 * k + 3)];

/** Plot units under a pointer. */
function toPlot(svg: SVGSVGElement, clientX: number, clientY: number): [number, number] {
  const box = svg.getBoundingClientRect();
  return clampPoint(((clientX - box.left) / box.width) * 2 * R - R, R - ((clientY - box.top) / box.height) * 2 * R);
}

export function OwnPlot({ o, kind = 'label', points, label, onChange }: {
  o: OwnWords;
  /** what a point carries: a class (0 or 1) or a value to predict */
  kind?: OwnKind;
  points: OwnPoints;
  /** the class (or value) a click adds */
  label: number;
  onChange: (points: OwnPoints) => void;
}) {
  const svg = useRef<SVGSVGElement>(null);
  const palette = usePalette();
  const table = useMemo(() => divergingTable(palette), [palette]);
  // a value is coloured as the prediction under it is (blue −1, paper 0, orange 1); a class by its own colour
  const fill = (v: number) => {
    if (kind === 'label') return v === 1 ? palette.pos : palette.neg;
    const k = Math.round(Math.max(0, Math.min(1, (v + 1) / 2)) * 255) * 3;
    return `rgb(${table[k]}, ${table[k + 1]}, ${table[k + 2]})`;
  };
  // the point being dragged and where it is now (the setup changes on drop)
  const [drag, setDrag] = useState<{ k: number; x: number; y: number } | null>(null);
  const n = pointCount(points);

  const add = (event: PointerEvent<SVGSVGElement>) => {
    if (event.button !== 0 || event.target !== event.currentTarget || n >= OWN.maxPoints) return;
    const [x, y] = toPlot(svg.current!, event.clientX, event.clientY);
    onChange([...points, x, y, label]);
  };
  const grab = (k: number) => (event: PointerEvent<SVGCircleElement>) => {
    if (event.button !== 0) return;
    event.stopPropagation();
    event.currentTarget.setPointerCapture(event.pointerId);
    setDrag({ k, x: points[3 * k]!, y: points[3 * k + 1]! });
  };
  const follow = (event: PointerEvent<SVGCircleElement>) => {
    if (!drag) return;
    const [x, y] = toPlot(svg.current!, event.clientX, event.clientY);
    setDrag({ ...drag, x, y });
  };
  const drop = () => {
    if (!drag) return;
    setDrag(null);
    if (drag.x !== points[3 * drag.k] || drag.y !== points[3 * drag.k + 1]) onChange(moved(points, drag.k, drag.x, drag.y));
  };
  const key = (k: number) => (event: KeyboardEvent<SVGCircleElement>) => {
    const step = event.shiftKey ? 1 : STEP;
    const delta = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] }[event.key];
    if (delta) {
      event.preventDefault();
      onChange(moved(points, k, points[3 * k]! + delta[0]!, points[3 * k + 1]! + delta[1]!));
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      // focus moves to the next point (or the previous), so Delete can be pressed again
      onChange(without(points, k));
      requestAnimationFrame(() => (svg.current?.querySelectorAll('circle')[Math.min(k, n - 2)] as SVGElement | undefined)?.focus());
    }
  };

  return (
    <svg ref={svg} className={styles.ownPlot} viewBox={`${-R} ${-R} ${2 * R} ${2 * R}`} data-testid="own-plot" data-points={n}
      role="group" aria-label={o.editor} onPointerDown={add}>
      {Array.from({ length: n }, (_, k) => {
        const at = drag?.k === k ? drag : { x: points[3 * k]!, y: points[3 * k + 1]! };
        const cls = points[3 * k + 2]!;
        return (
          <circle key={k} cx={at.x} cy={-at.y} r={0.22} tabIndex={0} role="button" data-label={cls}
            aria-label={kind === 'value' ? o.valuePoint(cls, at.x, at.y) : o.point(cls, at.x, at.y)} className={styles.ownPoint}
            fill={fill(cls)} stroke={kind === 'value' ? palette.ink : palette.paper}
            onPointerDown={grab(k)} onPointerMove={follow} onPointerUp={drop} onPointerCancel={() => setDrag(null)}
            onContextMenu={(event) => {
              event.preventDefault();
              onChange(without(points, k));
            }}
            onKeyDown={key(k)} />
        );
      })}
    </svg>
  );
}
