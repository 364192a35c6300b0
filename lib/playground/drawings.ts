// A reader's own 16 × 16 drawings as new training examples of a breed: how they travel in a
// link (one character per pixel), and how a file of them is read and checked.
import * as z from 'zod/mini';
import { BREEDS, type OwnPicture } from '@/lib/nn/datasets/index';
import { awaySchema, digest, type Away } from './away';

/** At most this many drawings in a setup (each one is a training example, appended to 960). */
export const MAX_DRAWINGS = 64;
/** Up to this many travel in the link; more stay out of it and go into the drawings file. */
export const LINK_DRAWINGS = 4;
/** SIDE × SIDE, written out: model.ts reads the table, which reads this file */
export const PIXELS = 16 * 16;

/**
 * One character per pixel: 61 grey levels (0, 1/60, …, 1), so the three brush shades (0, ½, 1)
 * come back exactly. A drawing is its breed's digit and 256 such characters; drawings are
 * joined by "." (neither a URL-escaped character nor one of the alphabet).
 */
const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXY';
const LEVELS = ALPHABET.length - 1; // 60

const level = (v: number) => Math.round(Math.min(1, Math.max(0, v)) * LEVELS);

/** A drawing's grey levels rounded to what the link keeps. */
export const roundPixels = (pixels: readonly number[]): number[] => pixels.map((v) => level(v) / LEVELS);

const joined = (drawings: readonly OwnPicture[]) =>
  drawings.map((d) => String(d.label) + d.pixels.map((v) => ALPHABET[level(v)]).join('')).join('.');

/** The link text of the drawings ('' for none, and '' when there are more than a link carries). */
export function writeDrawings(drawings: readonly OwnPicture[]): string {
  return drawings.length > LINK_DRAWINGS ? '' : joined(drawings);
}

/** What a link says of drawings too many for it (null when it carries them): how many, and a digest the tab keeps them by. */
export const drawingsAwayOf = (drawings: readonly OwnPicture[]): Away | null =>
  (drawings.length > LINK_DRAWINGS ? { count: drawings.length, digest: digest(joined(drawings)) } : null);
export const drawingsAwaySchema = awaySchema(LINK_DRAWINGS + 1, MAX_DRAWINGS);

/** Link text to unchecked drawings: a character outside the alphabet becomes NaN, which the schema refuses. */
export function readDrawings(text: string): unknown {
  if (text === '') return [];
  return text.split('.', LINK_DRAWINGS + 1).map((part) => ({
    label: Number(part[0]),
    pixels: [...part.slice(1, PIXELS + 2)].map((c) => {
      const k = ALPHABET.indexOf(c);
      return k < 0 ? NaN : k / LEVELS;
    }),
  }));
}

const pictureSchema = (most: number) => z.array(z.object({
  label: z.int().check(z.minimum(0), z.maximum(BREEDS.length - 1)),
  pixels: z.array(z.number().check(z.minimum(0), z.maximum(1))).check(z.length(PIXELS, `a drawing has ${PIXELS} pixels`)),
})).check(z.maxLength(most, `at most ${most} drawings`));

/** Drawings as the link may hold them. */
export const drawingsSchema = () => pictureSchema(LINK_DRAWINGS) as unknown as z.ZodMiniType<OwnPicture[]>;

/** What is wrong with a drawings file, for the reader (the words are in pictureWords). */
export type DrawingsProblem =
  | { kind: 'not-json' }
  | { kind: 'no-list' }
  | { kind: 'empty' }
  | { kind: 'too-many'; count: number }
  | { kind: 'breed'; item: number }
  | { kind: 'size'; item: number; found: number }
  | { kind: 'value'; item: number; pixel: number };

/** The file a reader saves and opens: {"drawings":[{"breed":"husky","pixels":[256 numbers in 0..1]}]}. */
export function drawingsFile(drawings: readonly OwnPicture[]): string {
  return JSON.stringify({ drawings: drawings.map((d) => ({ breed: BREEDS[d.label]!.id, pixels: roundPixels(d.pixels) })) });
}

/**
 * A drawings file read and checked one drawing at a time, so the message names the first
 * drawing (counted from 1) and pixel that is wrong. `room` is how many more the setup takes.
 */
export function parseDrawings(text: string, room: number = MAX_DRAWINGS): { drawings: OwnPicture[] } | { problem: DrawingsProblem } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { problem: { kind: 'not-json' } };
  }
  const list = Array.isArray(value) ? value : (value as { drawings?: unknown } | null)?.drawings;
  if (!Array.isArray(list)) return { problem: { kind: 'no-list' } };
  if (list.length === 0) return { problem: { kind: 'empty' } };
  if (list.length > room) return { problem: { kind: 'too-many', count: list.length } };
  const drawings: OwnPicture[] = [];
  for (const [k, entry] of list.entries()) {
    const item = k + 1;
    const { breed, pixels } = (entry ?? {}) as { breed?: unknown; pixels?: unknown };
    const label = typeof breed === 'number' ? breed : BREEDS.findIndex((b) => b.id === breed);
    if (!Number.isInteger(label) || !BREEDS[label]) return { problem: { kind: 'breed', item } };
    if (!Array.isArray(pixels) || pixels.length !== PIXELS) return { problem: { kind: 'size', item, found: Array.isArray(pixels) ? pixels.length : 0 } };
    const bad = pixels.findIndex((v) => typeof v !== 'number' || !(v >= 0 && v <= 1));
    if (bad >= 0) return { problem: { kind: 'value', item, pixel: bad + 1 } };
    drawings.push({ label, pixels: roundPixels(pixels as number[]) });
  }
  return { drawings };
}

/** A picture file opened as a drawing is at most this large (a 16 × 16 drawing needs far less; a photo may be a few MB). */
export const PICTURE_BYTES = 4_000_000;
/** …and at most this many pixels a side once decoded (larger would take seconds and much memory to scale). */
export const PICTURE_SIDE = 4096;

/**
 * A 16 × 16 RGBA image (as a canvas reads it) as a drawing's grey levels: the brightness a
 * screen shows (Rec. 601 luma), a transparent pixel black as the canvas behind the dogs, rounded to
 * the levels a link keeps.
 */
export function greyPixels(rgba: ArrayLike<number>): number[] {
  const grey: number[] = [];
  for (let k = 0; k < PIXELS; k++) {
    const [r, g, b, a] = [rgba[4 * k]!, rgba[4 * k + 1]!, rgba[4 * k + 2]!, rgba[4 * k + 3]!];
    grey.push(((0.299 * r + 0.587 * g + 0.114 * b) / 255) * (a / 255));
  }
  return roundPixels(grey);
}

/** The drawings without the k-th (from 0). */
export const withoutDrawing = <T>(drawings: readonly T[], k: number): T[] => drawings.filter((_, j) => j !== k);
