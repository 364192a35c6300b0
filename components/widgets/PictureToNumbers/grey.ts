/** The CSS colour of a grey level in [0, 1] (0 black, 1 white), clamped so junk stays drawable. */
export function greyCss(value: number): string {
  const g = Math.round(255 * Math.min(1, Math.max(0, Number.isFinite(value) ? value : 0)));
  return `rgb(${g} ${g} ${g})`;
}
