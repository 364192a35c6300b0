/**
 * Where a deck stands: the slide (0 is the title slide) and how many of its `<Reveal>`
 * steps are uncovered. Pure functions, so both windows and the tests move the same way.
 */
export interface Position {
  index: number;
  step: number;
}

/** `steps[i]` is the number of reveal steps of slide i; its length is the number of slides. */
export type Steps = readonly number[];

const clampIndex = (index: number, steps: Steps) => Math.min(Math.max(0, Math.trunc(index)), steps.length - 1);

/** A position made valid for this deck (junk from a link or another window lands somewhere real). */
export function clampPosition(position: Position, steps: Steps): Position {
  const index = clampIndex(Number.isFinite(position.index) ? position.index : 0, steps);
  const step = Number.isFinite(position.step) ? Math.min(Math.max(0, Math.trunc(position.step)), steps[index] ?? 0) : 0;
  return { index, step };
}

/** Forward: the next hidden step of this slide, else the next slide with nothing uncovered. */
export function nextPosition({ index, step }: Position, steps: Steps): Position {
  if (step < (steps[index] ?? 0)) return { index, step: step + 1 };
  if (index >= steps.length - 1) return { index, step };
  return { index: index + 1, step: 0 };
}

/** Back: hide the last uncovered step, else the previous slide shown whole. */
export function previousPosition({ index, step }: Position, steps: Steps): Position {
  if (step > 0) return { index, step: step - 1 };
  if (index === 0) return { index, step };
  return { index: index - 1, step: steps[index - 1] ?? 0 };
}

/** Jumping to a slide (a link, `g`, the overview, Home/End) arrives as going forward does: nothing uncovered yet. */
export function jumpTo(index: number, steps: Steps): Position {
  return { index: clampIndex(index, steps), step: 0 };
}

/** The slide named by a URL hash (`#5` is the fifth slide, counting the title slide as 1), or null. */
export function slideFromHash(hash: string, steps: Steps): number | null {
  const match = /^#?(\d{1,4})(?:$|&)/.exec(hash);
  if (!match) return null;
  return clampIndex(Number(match[1]) - 1, steps);
}

export const hashFor = (index: number) => `#${index + 1}`;
