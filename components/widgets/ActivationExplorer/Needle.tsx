import { m, type Transition } from 'framer-motion';
import { formatNumber } from '@/lib/format';

const SURFACE = 130;
const NEEDLE_X = 76;
const SKIN_RIGHT = 140;
/** Pixels the needle tip moves per unit of z: z = 0 touches the skin, z > 0 presses in. */
const DEPTH = 6;
const RAYS = [-30, 0, 30];

/**
 * Skin and a needle whose tip sits as deep as z (above the skin while z < 0). Pain
 * lines around the tip grow with `loud`, the meter's positive reading from 0 to 1.
 * Drawn inside the parent's svg and LazyMotion.
 */
export function Needle({ z, loud, move }: { z: number; loud: number; move: Transition }) {
  const dip = Math.max(0, Math.min(8, z * 2));
  const push = Math.max(0, z) * 4;
  const surface = `M4,${SURFACE} H${NEEDLE_X - 32} Q${NEEDLE_X},${SURFACE + 2 * dip} ${NEEDLE_X + 32},${SURFACE} H${SKIN_RIGHT}`;
  return (
    <g>
      <path d={`${surface} V196 H4 Z`} fill="var(--pos-soft)" stroke="#d9a47a" strokeWidth={2} />
      <text x={NEEDLE_X} y={190} textAnchor="middle" fontSize="14" fill="var(--ink)" fontStyle="italic">
        z = {formatNumber(z)}
      </text>
      <m.g initial={false} animate={{ y: z * DEPTH }} transition={move}>
        <path d={`M${NEEDLE_X},${SURFACE} L${NEEDLE_X - 2.2},${SURFACE - 50} H${NEEDLE_X + 2.2} Z`} fill="#8a8f98" />
        <rect x={NEEDLE_X - 10} y={SURFACE - 80} width={20} height={32} rx={3} fill="var(--card)" stroke="var(--muted)" strokeWidth={2} />
        <line x1={NEEDLE_X - 10} x2={NEEDLE_X + 10} y1={SURFACE - 62} y2={SURFACE - 62} stroke="var(--muted)" strokeWidth={1} />
        <line x1={NEEDLE_X} x2={NEEDLE_X} y1={SURFACE - 80} y2={SURFACE - 88} stroke="var(--muted)" strokeWidth={3} />
        <line x1={NEEDLE_X - 14} x2={NEEDLE_X + 14} y1={SURFACE - 89} y2={SURFACE - 89} stroke="var(--muted)" strokeWidth={4} strokeLinecap="round" />
        {/* The thumb's push: an arrow that grows as z presses harder (none while pulled back). */}
        <m.path
          stroke="var(--ink)"
          strokeWidth={2.5}
          fill="none"
          strokeLinecap="round"
          strokeLinejoin="round"
          initial={false}
          animate={{ d: `M${NEEDLE_X},${SURFACE - 95 - push} V${SURFACE - 95} M${NEEDLE_X - 5},${SURFACE - 100} L${NEEDLE_X},${SURFACE - 95} L${NEEDLE_X + 5},${SURFACE - 100}`, opacity: z > 0 ? 1 : 0 }}
          transition={move}
        />
        {[-1, 1].flatMap((side) =>
          RAYS.map((angle) => {
            const a = ((angle + (side < 0 ? 180 : 0)) * Math.PI) / 180;
            const [r0, r1] = [10, 12 + 16 * loud];
            return (
              <m.line
                key={`${side}${angle}`}
                x1={NEEDLE_X + r0 * Math.cos(a)}
                y1={SURFACE + r0 * Math.sin(a)}
                stroke="var(--pos)"
                strokeWidth={2.5}
                strokeLinecap="round"
                initial={false}
                animate={{ x2: NEEDLE_X + r1 * Math.cos(a), y2: SURFACE + r1 * Math.sin(a), opacity: loud }}
                transition={move}
              />
            );
          }),
        )}
      </m.g>
    </g>
  );
}
