// The setup <-> the URL's fragment ("#v=1&data=circle&…"). The fragment never reaches the
// server, so a snapshot with thousands of weights cannot hit a request-size limit.
import { consistencyProblem } from './model';
import { drawingsAwayOf } from './drawings';
import { awayOf } from './own';
import { PROPS, URL_VERSION, defaultState, type PlaygroundState } from './table';

/** A snapshot as fragment text, which usePlaygroundUrl keys exact weights by. */
export { writeStart } from './start';
/** What a link says of own points and drawings it leaves out, which usePlaygroundUrl keeps them by. */
export { awayOf } from './own';
export { drawingsAwayOf } from './drawings';

/** Why a link was not used; the page then opens the defaults and says so. */
export type LinkProblem =
  | { kind: 'too-long' }
  | { kind: 'version'; found: string }
  | { kind: 'unknown'; key: string }
  | { kind: 'bad-value'; key: string; detail: string }
  | { kind: 'inconsistent'; detail: string };

/** A decoded link: the setup to open and, if the link was not usable, why. */
export interface Decoded {
  state: PlaygroundState;
  problem: LinkProblem | null;
}

/** Longest fragment read at all (a snapshot of the largest network stays below; browsers allow 2 MB). */
export const MAX_HASH_CHARS = 1_100_000;

const names = Object.keys(PROPS) as (keyof PlaygroundState)[];
const byKey = new Map(names.map((name) => [PROPS[name].key, name]));

/** Keys written only when they hold something: a snapshot, own points, own drawings. */
const optional = new Set<keyof PlaygroundState>(['start', 'own', 'values', 'ownAway', 'valuesAway', 'drawings', 'drawingsAway']);

/**
 * The fragment for a setup (without "#"); the snapshot and own points only when there are some.
 * Own points too many for a link are left out, and the link says how many and which (ptsfile, valsfile).
 */
export function encodeState(given: PlaygroundState): string {
  // a link's note about points it left out stays until the points are back (from the JSON export)
  const state = {
    ...given,
    ownAway: given.own.length ? awayOf(given.own) : given.ownAway,
    valuesAway: given.values.length ? awayOf(given.values) : given.valuesAway,
    drawingsAway: given.drawings.length ? drawingsAwayOf(given.drawings) : given.drawingsAway,
  };
  const parts = [`v=${URL_VERSION}`];
  for (const name of names) {
    const p = PROPS[name] as { key: string; write: (v: unknown) => string };
    const text = p.write(state[name]);
    if (!optional.has(name) || text !== '') parts.push(`${p.key}=${encodeURIComponent(text).replace(/%2C/g, ',')}`);
  }
  return parts.join('&');
}

const fail = (problem: LinkProblem): Decoded => ({ state: defaultState(), problem });

/**
 * Reads a fragment (with or without "#"). An empty one gives the defaults quietly; one
 * that is too long, from another version, or has an unknown key, a value its schema
 * refuses or controls that contradict each other gives the defaults and the reason.
 * Keys left out keep their defaults.
 */
export function decodeState(hash: string): Decoded {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  if (text.length > MAX_HASH_CHARS) return fail({ kind: 'too-long' });
  if (text.trim() === '') return { state: defaultState(), problem: null };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(text);
  } catch {
    return fail({ kind: 'version', found: '?' });
  }
  const version = params.get('v');
  if (version !== String(URL_VERSION)) return fail({ kind: 'version', found: (version ?? '').slice(0, 12) });
  const state = defaultState() as Record<string, unknown>;
  const seen = new Set<string>();
  for (const [key, value] of params) {
    if (key === 'v') continue;
    const name = byKey.get(key);
    if (!name || seen.has(key)) return fail({ kind: 'unknown', key: key.slice(0, 24) });
    seen.add(key);
    const p = PROPS[name];
    const parsed = p.schema.safeParse(p.read(value));
    if (!parsed.success) return fail({ kind: 'bad-value', key, detail: parsed.error.issues[0]?.message ?? '' });
    state[name] = parsed.data;
  }
  const problem = consistencyProblem(state as PlaygroundState);
  return problem ? fail({ kind: 'inconsistent', detail: problem }) : { state: state as PlaygroundState, problem: null };
}
