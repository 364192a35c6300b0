import { scaleLinear } from 'd3-scale';

/**
 * The book's colours for drawing on canvas, mirroring app/globals.css. One meaning
 * everywhere: orange is positive (class 1, a positive weight), blue is negative.
 */
export interface Palette {
  pos: string;
  neg: string;
  paper: string;
  /** a card's background (a panel, a neuron's dot) */
  card: string;
  ink: string;
  muted: string;
  line: string;
  accent: string;
}

export const lightPalette: Palette = {
  pos: '#b35300',
  neg: '#2a6db5',
  paper: '#fbf6ee',
  card: '#fffdf9',
  ink: '#2a2420',
  muted: '#6a5f55',
  line: '#e4d8c6',
  accent: '#b4501a',
};

export const darkPalette: Palette = {
  pos: '#f5a04f',
  neg: '#72aef0',
  paper: '#1b1815',
  card: '#2a241f',
  ink: '#efe6da',
  muted: '#b3a697',
  line: '#3d352d',
  accent: '#f0945a',
};

/** The palette of the page's current theme (set on <html data-theme> before first paint). */
export function currentPalette(): Palette {
  if (typeof document === 'undefined') return lightPalette;
  return document.documentElement.dataset.theme === 'dark' ? darkPalette : lightPalette;
}

/** Colour for a signed value: orange when positive, blue when negative. */
export const signColour = (value: number, palette: Palette = lightPalette) =>
  value > 0 ? palette.pos : value < 0 ? palette.neg : palette.muted;

/** Each palette's diverging table, made once: shared by every canvas, never written to. */
const tables = new WeakMap<Palette, Uint8ClampedArray>();

/**
 * 256 RGB triples from blue (0) through the paper colour (0.5) to orange (1), for
 * painting a decision boundary pixel by pixel without building a colour string per pixel.
 * Made once per palette (read only): each canvas made its own, and the largest dog playground's
 * 64 weight pictures spent ~30 ms of its first render in d3's interpolation (CPU profile); with one table its
 * longest main-thread setup task went from 100 to 86 ms of CPU, all setup tasks 479 to 403 ms
 * (npm run bench:playground, medians of 7 alternated runs, busy machine).
 */
export function divergingTable(palette: Palette): Uint8ClampedArray {
  let table = tables.get(palette);
  if (!table) tables.set(palette, (table = makeDivergingTable(palette)));
  return table;
}

function makeDivergingTable(palette: Palette): Uint8ClampedArray {
  const scale = scaleLinear<string>().domain([0, 0.5, 1]).range([palette.neg, palette.paper, palette.pos]);
  const table = new Uint8ClampedArray(256 * 3);
  for (let i = 0; i < 256; i++) {
    const rgb = /rgb\((\d+), (\d+), (\d+)\)/.exec(scale(i / 255));
    table[i * 3] = Number(rgb?.[1] ?? 0);
    table[i * 3 + 1] = Number(rgb?.[2] ?? 0);
    table[i * 3 + 2] = Number(rgb?.[3] ?? 0);
  }
  return table;
}

/** Series colours for charts with several lines (loss curves, learning rates), in order. */
export const seriesColours = ['var(--neg)', 'var(--pos)', '#8b5cf6', '#2f9e6e', 'var(--muted)'] as const;
