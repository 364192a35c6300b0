// One run per trainer for all the windows of a deck (issue 22): the window that owns the deck's
// runs trains them; every other window draws the owner's snapshots and trains no copy.
//
//   const host = createRunHost({ priority: PRIORITY.presenter });  // one per deck window
//   host.attach(links);            // the deck's DeckLinks (lib/present/link.ts): any kind, again when they change
//   <TrainerHostContext value={host}>…</TrainerHostContext>        // useTrainer then asks host.store(…)
//   host.close();                  // the window goes: the next in rank takes the runs over
//
// Who owns: of the windows present, the one of highest priority (presenter 3 > projector 2 >
// handout 1), the older of two equal ones. Priority 0 (`PRIORITY.follower`, a classroom student)
// never owns and never drives: its widgets only draw what the owner sends. Windows say they are
// here every second (`run-here`) and goodbye when they close (`run-bye`); one silent for
// PEER_TIMEOUT_MS is taken for gone. Every window listens for GRACE_MS before it owns, as a mirror:
// a projector opened beside a presenter starts no trainer at all, and a presenter opened beside a
// projector that is training first draws the projector's run, then takes it over at that step
// (it does not start the run afresh). While it listens a window says it is here with priority 0
// (claiming nothing), so the owner answers it at once and keeps the runs until the grace is over.
//
// Owner: its trainer's answers go out as `{kind:'run', id, response}`, at most one snapshot per
// PUBLISH_EVERY_MS (the latest lanes and the history points the mirrors lack); a `run-hello` is
// answered with the run's whole state; a `run-request` (a button pressed in another window) is
// sent to its trainer if it is one of the intents in lib/present/messages.ts (never `create`, never a `plan`). Plans (play, rates, until) are widget
// state, which useDeckChannel syncs: each window's widget sets the same plan, and only the
// owner's reaches a trainer.
// Mirror: applies the owner's answers as if from its own trainer, asks for the whole state when it
// starts or finds a delta missing, and sends its widget's intents to the owner.
// The deck shows who trains as `main[data-runs="own"|"mirror"]` (components/present/useRunMirror.ts).
// Taking over (the owner left): the new owner starts the run from the same setup and the latest
// plan and trains it up to the step of the last snapshot it drew, so the run goes on from there
// (the same weights and numbers, runs being deterministic, unless a rate was changed mid-run; the
// loss curve keeps only its first and last point of that stretch).
// Handing over (a higher window came): the old owner stops training, sends each run's whole state
// once and goes on answering for it (`run-hello`) until the new owner sends that run on. Windows
// list the runs they hold in `run-here`; a new owner that has drawn nothing of a run another
// window holds waits for that run's state (HANDOVER_MS at most) rather than start it afresh. That
// state may come after the grace: on a busy machine the answer to a presenter window's first ask
// arrived a quarter of a second after it owned, and the class saw the run go back to step 0.
import { createContext } from 'react';
import type { DeckLink } from '../../lib/present/link';
import { runRequestSchema, type DeckMessage } from '../../lib/present/messages';
import type { LaneReport, TrainerPlan, TrainerRequest, TrainerResponse, TrainerSetup } from '../../lib/nn/worker/protocol';
import { connectTrainer } from './connect';
import { createTrainerStore, EMPTY_STATE, missesHistory, planOf, reduce, type Connect, type TrainerState, type TrainerStore } from './store';
import { responseFromWire, responseToWire, wholeResponse } from './wire';

export const PRIORITY = { follower: 0, handout: 1, projector: 2, presenter: 3 } as const;

/** Heartbeat of an owner-capable window. */
export const HERE_EVERY_MS = 1000;
/** A window not heard for this long is gone (a closed window says so at once; this is for a crashed one). */
export const PEER_TIMEOUT_MS = 8000;
/** How long a window other than a presenter listens for a higher one before it owns the runs. */
export const GRACE_MS = 800;
/** How long a new owner waits for a run's state from the window that holds it (one that crashed sends nothing). */
export const HANDOVER_MS = 3000;

export interface RunHostOptions {
  priority: number;
  /** when this window opened (ms since 1970): of two equal windows the older owns */
  since?: number;
  /** opens a trainer (tests give the engine on the main thread) */
  connect?: Connect;
}

export interface RunHost {
  /** Listens and posts on these links from now on (replacing the previous ones). */
  attach(links: readonly DeckLink[]): void;
  /** The store of run `id` (the same id in every window); `attempt` changes after a retry. */
  store(id: string, setup: TrainerSetup, attempt?: number): TrainerStore;
  /** Whether this window trains the runs now. */
  owns(): boolean;
  /** Hears whenever owning changes. */
  onRole(listener: (owns: boolean) => void): () => void;
  close(): void;
}

/** The useTrainer of a deck's widget asks this host for its store; null (reading pages): it trains locally. */
export const TrainerHostContext = createContext<RunHost | null>(null);

/** A short, stable name for a run key (FNV-1a, base 36), so ids stay small on the wire. */
export function runHash(key: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** The intents another window may ask of a run: the ones the message schema lets through. */
const isIntent = (request: TrainerRequest) => runRequestSchema.safeParse(request).success;

interface Peer {
  priority: number;
  since: number;
  seen: number;
  /** the runs whose state it holds for the others */
  runs: readonly string[];
}
const outranks = (a: { priority: number; since: number }, b: { priority: number; since: number }) =>
  a.priority > b.priority || (a.priority === b.priority && a.since < b.since);

interface HostedStore extends TrainerStore {
  setOwning(owns: boolean): void;
  /** the owner's answer, arrived over a link */
  apply(response: TrainerResponse): void;
  /** a request from another window */
  serve(request: TrainerRequest): void;
  /** the whole state, for a mirror that asks (null before the run has started here) */
  whole(): TrainerResponse | null;
  /** a mirror in use asks the owner for the whole state (links have just come) */
  wake(): void;
  /** whether this window holds the run's state for the others (it trains it, or trained it until another took it over) */
  holds(): boolean;
}

export function createRunHost(options: RunHostOptions): RunHost {
  const { priority, connect = connectTrainer } = options;
  const now = () => Date.now();
  const self = { priority, since: options.since ?? now() };
  const peers = new Map<string, Peer>();
  const stores = new Map<string, { attempt: number; store: HostedStore }>();
  const roleListeners = new Set<(owns: boolean) => void>();
  let links: readonly DeckLink[] = [];
  let unlisten: (() => void)[] = [];
  let attached = false;
  let graceOver = false;
  let owning = false;
  const stops: (() => void)[] = [];

  const post = (message: DeckMessage) => links.forEach((link) => link.post(message));
  const held = () => [...stores].filter(([, { store }]) => store.holds()).map(([id]) => id);
  const sayHere = () => priority > 0 && post({ kind: 'run-here', priority: graceOver ? priority : 0, since: self.since, runs: held() });

  const elect = () => {
    const cutoff = now() - PEER_TIMEOUT_MS;
    for (const [key, peer] of peers) if (peer.seen < cutoff) peers.delete(key);
    const ready = attached && (graceOver || links.length === 0);
    const next = priority > 0 && ready && ![...peers.values()].some((peer) => outranks(peer, self));
    if (next === owning) return;
    owning = next;
    stores.forEach(({ store }) => store.setOwning(owning));
    roleListeners.forEach((listener) => listener(owning));
  };

  const hear = (message: DeckMessage) => {
    switch (message.kind) {
      case 'run-here': {
        const known = peers.has(`${message.priority}@${message.since}`);
        peers.set(`${message.priority}@${message.since}`, { priority: message.priority, since: message.since, seen: now(), runs: message.runs ?? [] });
        // a newcomer this window outranks learns it at once, not a heartbeat later
        if (!known && outranks(self, message)) sayHere();
        elect();
        break;
      }
      case 'run-bye':
        peers.delete(`${message.priority}@${message.since}`);
        elect();
        break;
      case 'run':
        // (an owner's store draws another window's answers only while it waits for the run's state)
        stores.get(message.id)?.store.apply(responseFromWire(message.response));
        break;
      case 'run-hello': {
        // the owner answers, and a window that held the run until it was taken over
        const whole = stores.get(message.id)?.store.whole();
        if (whole) post({ kind: 'run', id: message.id, response: responseToWire(whole) });
        break;
      }
      case 'run-request':
        if (owning) stores.get(message.id)?.store.serve(message.request);
        break;
    }
  };

  const host: RunHost = {
    attach(next) {
      unlisten.forEach((off) => off());
      links = next;
      unlisten = links.map((link) => link.listen(hear));
      if (!attached) {
        attached = true;
        const ticker = setInterval(() => {
          sayHere();
          elect();
        }, HERE_EVERY_MS);
        stops.push(() => clearInterval(ticker));
        if (!graceOver) {
          const grace = setTimeout(() => {
            graceOver = true;
            sayHere();
            elect();
          }, GRACE_MS);
          stops.push(() => clearTimeout(grace));
        }
      }
      sayHere();
      elect();
      // widgets that mounted before there were links asked nobody for their runs: ask now
      stores.forEach(({ store }) => store.wake());
    },
    store(id, setup, attempt = 0) {
      const known = stores.get(id);
      if (known && known.attempt === attempt) return known.store;
      const publisher = createPublisher((response) => post({ kind: 'run', id, response: responseToWire(response) }));
      const store = createHostedStore(setup, {
        owns: () => owning,
        drives: priority > 0,
        connect: (onResponse, onFailure) =>
          connect((response) => {
            onResponse(response);
            publisher.heard(response, store.getState());
          }, onFailure),
        ask: () => post({ kind: 'run-hello', id }),
        request: (request) => post({ kind: 'run-request', id, request } as DeckMessage),
        handOver: (whole) => post({ kind: 'run', id, response: responseToWire(whole) }),
        heldElsewhere: () => [...peers.values()].some((peer) => peer.runs.includes(id)),
        // the new owner has the run: say at once that this window no longer holds it
        released: sayHere,
        now,
      });
      stores.set(id, { attempt, store });
      return store;
    },
    owns: () => owning,
    onRole(listener) {
      roleListeners.add(listener);
      return () => void roleListeners.delete(listener);
    },
    close() {
      if (priority > 0) post({ kind: 'run-bye', ...self });
      stops.splice(0).forEach((stop) => stop());
      unlisten.forEach((off) => off());
      unlisten = [];
      links = [];
      // (React's strict mode closes and attaches again: that starts afresh)
      attached = false;
      peers.clear();
      elect();
    },
  };
  return host;
}

/** At most one snapshot a frame of a projector goes out (a trainer may answer faster, and a big boundary is costly to check). */
export const PUBLISH_EVERY_MS = 33;

/**
 * Sends a run's answers on, at most one snapshot per PUBLISH_EVERY_MS: the latest lanes, with the
 * history points the mirrors do not have yet (or all of them, when the trainer thinned or reset
 * its history). Errors go at once.
 */
function createPublisher(send: (response: TrainerResponse) => void) {
  /** per lane, how many history points the mirrors hold */
  let sent: number[] = [];
  let latest: TrainerState | null = null;
  /** a network asked for since the last send: the next frame's snapshot has none, yet the mirror asked too */
  let networks: (LaneReport['network'] | undefined)[] = [];
  let timer: ReturnType<typeof setTimeout> | null = null;
  let last = -Infinity;
  const flush = () => {
    timer = null;
    if (!latest) return;
    last = Date.now();
    const { lanes } = latest;
    latest = null;
    if (lanes.length === 0) return;
    const whole = wholeResponse(lanes);
    if (whole.type !== 'snapshot') return;
    send({
      type: 'snapshot',
      lanes: whole.lanes.map((lane, i) => {
        const from = Math.min(sent[i] ?? 0, lane.history.steps.length);
        const { steps, train, test } = lane.history;
        const network = lane.network ?? networks[i];
        return { ...lane, ...(network ? { network } : {}), history: { from, steps: steps.slice(from), train: train.slice(from), test: test.slice(from) } };
      }),
    });
    sent = lanes.map((lane) => lane.historySteps.length);
    networks = [];
  };
  return {
    /** The trainer answered `response`; the store now draws `state`. */
    heard(response: TrainerResponse, state: TrainerState) {
      if (response.type === 'error') return send(response);
      // points from `from` on were replaced (a reset, a thinned history): the mirrors need them again
      response.lanes.forEach((lane, i) => {
        sent[i] = Math.min(sent[i] ?? 0, lane.history.from);
        if (lane.network) networks[i] = lane.network;
      });
      latest = state;
      if (timer) return;
      const wait = PUBLISH_EVERY_MS - (Date.now() - last);
      if (wait <= 0) flush();
      else timer = setTimeout(flush, wait);
    },
  };
}

interface HostedStoreEnv {
  owns(): boolean;
  /** whether this window may ask the owner's run for anything (a follower may not) */
  drives: boolean;
  connect: Connect;
  ask(): void;
  request(request: TrainerRequest): void;
  /** sends the whole state of a run this window stopped training to the window that takes it over */
  handOver(whole: TrainerResponse): void;
  /** whether another window holds this run's state */
  heldElsewhere(): boolean;
  /** this window no longer holds the run for the others */
  released(): void;
  now(): number;
}

/** Between two asks for the whole state, while deltas keep arriving with a gap. */
const ASK_AGAIN_MS = 300;

/**
 * One run's store in a deck window: while the window owns, a trainer store (it trains here);
 * otherwise the owner's answers, drawn. Switches when ownership moves, keeping what it shows.
 */
function createHostedStore(setup: TrainerSetup, env: HostedStoreEnv): HostedStore {
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  let plan: TrainerPlan = planOf(setup);
  let drawn: TrainerState = EMPTY_STATE;
  let local: { store: TrainerStore; off: () => void } | null = null;
  let askedAt = -Infinity;
  /**
   * Taking a run over, the local trainer replays it up to the step last drawn: until it gets
   * there this window (and the mirrors it publishes to) go on showing what was drawn, not a run
   * that restarts at step 0. Any press here ends the wait (0: not waiting).
   */
  let catchUp = 0;
  /** This window trained the run until another took it over, which has not sent the run on yet. */
  let baton = false;
  /** Owning, it waits for the run's state from the window that holds it (until then it draws that window's answers). */
  let waiting: ReturnType<typeof setTimeout> | null = null;
  const shown = (): TrainerState => {
    if (!local) return drawn;
    const state = local.store.getState();
    if (catchUp > 0 && (state.snapshot?.step ?? 0) < catchUp && !state.failed) return drawn;
    catchUp = 0;
    return state;
  };

  const ask = () => {
    askedAt = env.now();
    env.ask();
  };
  /** Trains here from the same setup and the latest plan, on to the step last drawn. */
  const startLocal = () => {
    const store = createTrainerStore(setup, env.connect);
    store.configure(plan);
    const step = drawn.snapshot?.step ?? 0;
    catchUp = step;
    if (step > 0) {
      store.send({ type: 'train', steps: step });
      // training on pauses the trainer; the plan then says whether it plays on
      store.send({ type: 'plan', ...plan });
    }
    // in place before the trainer starts: its first answer is sent on from this store's state
    const started = { store, off: () => {} };
    local = started;
    started.off = store.subscribe(notify);
  };
  const stopLocal = () => {
    if (!local) return;
    drawn = shown();
    catchUp = 0;
    local.off();
    local = null;
  };
  const stopWaiting = () => {
    if (waiting) clearTimeout(waiting);
    waiting = null;
  };
  /** Trains the run here, once it has the state another window holds of it. */
  const own = () => {
    if (local || waiting) return;
    if (drawn.snapshot !== null || !env.heldElsewhere()) return startLocal();
    waiting = setTimeout(() => {
      waiting = null;
      startLocal();
      notify();
    }, HANDOVER_MS);
    ask();
  };
  /** A press here, or for here, while waiting: this window's run is the one pressed. */
  const ownNow = () => {
    if (!waiting) return;
    stopWaiting();
    startLocal();
  };
  const activate = () => (env.owns() ? own() : ask());

  return {
    getState: shown,
    subscribe(listener) {
      listeners.add(listener);
      if (listeners.size === 1) activate();
      return () => {
        listeners.delete(listener);
        if (listeners.size > 0) return;
        // as a trainer store does: a widget mounted again (a scene's restart) starts the run afresh
        stopWaiting();
        stopLocal();
        drawn = EMPTY_STATE;
        baton = false;
      };
    },
    send(request) {
      ownNow();
      if (local) {
        catchUp = 0;
        local.store.send(request);
      }
      else if (env.drives && isIntent(request)) env.request(request);
    },
    configure(next) {
      plan = next;
      local?.store.configure(next);
    },
    setOwning(owns) {
      if (listeners.size === 0) return;
      if (owns) own();
      else if (local || waiting) {
        stopWaiting();
        if (local) {
          stopLocal();
          // the new owner may have drawn nothing of this run yet: it gets the run as it stands
          baton = drawn.lanes.length > 0;
          if (baton) env.handOver(wholeResponse(drawn.lanes));
        }
        ask();
      }
      notify();
    },
    apply(response) {
      if (local || listeners.size === 0) return;
      if (missesHistory(drawn, response)) {
        if (env.now() - askedAt >= ASK_AGAIN_MS) ask();
        return;
      }
      drawn = reduce(drawn, response);
      askedAt = -Infinity; // the history is whole again: a later gap asks at once
      if (baton) {
        baton = false;
        env.released();
      }
      // the run's state has come: train it here from there
      if (waiting) {
        stopWaiting();
        startLocal();
      }
      notify();
    },
    serve(request) {
      if (!isIntent(request)) return;
      ownNow();
      if (!local) return;
      catchUp = 0;
      local.store.send(request);
    },
    whole() {
      const lanes = local ? shown().lanes : baton ? drawn.lanes : [];
      return lanes.length > 0 ? wholeResponse(lanes) : null;
    },
    wake() {
      if (listeners.size > 0 && !local) ask();
    },
    holds: () => baton || (local !== null && shown().lanes.length > 0),
  };
}
