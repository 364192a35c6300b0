// The "snapshot" part of a link: the weights to start from and the step they were taken
// at, as base64url of compact JSON (numbers rounded to 6 significant digits).
import * as z from 'zod/mini';
import { Network, type NetworkJSON } from '@/lib/nn';

/** Weights to start training from, and how many steps had been taken to reach them. */
export interface Start {
  step: number;
  network: NetworkJSON;
}

/**
 * Longest snapshot text read; anything longer is refused unread. The largest network the
 * controls allow (256 inputs, six layers of 64, 4 outputs: 37 000 numbers) takes about 550 000.
 */
export const MAX_START_CHARS = 1_000_000;

/** Significant digits kept per weight: enough that the loss prints the same. */
export const DIGITS = 6;

const round = (x: number) => Number(x.toPrecision(DIGITS));

/** The network with every weight and bias rounded to DIGITS significant digits. */
export function roundNetwork(json: NetworkJSON): NetworkJSON {
  return {
    layers: json.layers.map((l) => ({
      weights: l.weights.map((row) => row.map(round)),
      biases: l.biases.map(round),
      activation: l.activation,
      ...(l.alpha !== undefined ? { alpha: l.alpha } : {}),
    })),
  };
}

/** Accepts null (no snapshot) or a step and a network the engine accepts. */
export const startSchema = () => z.nullable(z.pipe(
  z.object({ step: z.int().check(z.minimum(0), z.maximum(1e9)), network: z.unknown() }),
  z.transform((value, ctx): Start => {
    try {
      // rebuilt by the engine, so only the fields it knows travel on
      return { step: value.step, network: Network.fromJSON(value.network).toJSON() };
    } catch (error) {
      ctx.issues.push({ code: 'custom', message: error instanceof Error ? error.message : String(error), input: value });
      return z.NEVER;
    }
  }),
)) as unknown as z.ZodMiniType<Start | null>;

const toBase64url = (bytes: Uint8Array) => {
  let binary = '';
  for (let k = 0; k < bytes.length; k += 0x8000) binary += String.fromCharCode(...bytes.subarray(k, k + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

/** The snapshot as URL text (empty for none). */
export function writeStart(start: Start | null): string {
  if (!start) return '';
  const json = JSON.stringify({ step: start.step, network: roundNetwork(start.network) });
  return toBase64url(new TextEncoder().encode(json));
}

/** URL text back to an unchecked value: undefined marks text that is not base64url JSON at all. */
export function readStart(text: string): unknown {
  if (text === '') return null;
  if (text.length > MAX_START_CHARS || !/^[A-Za-z0-9_-]+$/.test(text)) return undefined;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return undefined;
  }
}
