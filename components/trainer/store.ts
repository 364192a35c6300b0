// A tiny external store around one trainer (worker or main-thread fallback), in the
// manner of zustand's vanilla store: React reads it through useSyncExternalStore.
import type { TrainerDriver } from '../../lib/nn/worker/loop';
import type { LaneReport, TrainerPlan, TrainerRequest, TrainerResponse, TrainerSetup, TrainerSnapshot } from '../../lib/nn/worker/protocol';

/** What a widget draws: each lane's latest snapshot, the latest refusal, if any, and whether the trainer stopped. */
export interface TrainerState {
  /** one per lane of the setup, empty before the first answer */
  lanes: TrainerSnapshot[];
  /** the first lane's, for one-lane widgets */
  snapshot: TrainerSnapshot | null;
  /** the trainer's answer to a request it refused (the run goes on) */
  error: string | null;
  /** the trainer stopped and cannot go on: the widget offers a retry */
  failed: boolean;
}

/** Subscribe-and-read access to a trainer, plus a way to send it intents. */
export interface TrainerStore {
  getState(): TrainerState;
  subscribe(listener: () => void): () => void;
  send(request: TrainerRequest): void;
  /** What may change in the live run: sent as a `plan` when it differs from the last one. */
  configure(plan: TrainerPlan): void;
}

/** Opens a trainer that answers through `onResponse` and tells `onFailure` if it stops. */
export type Connect = (onResponse: (response: TrainerResponse) => void, onFailure: (reason: string) => void) => TrainerDriver;

/** The state before the first snapshot (also what the server renders). */
export const EMPTY_STATE: TrainerState = { lanes: [], snapshot: null, error: null, failed: false };

/** The plan a setup starts with. */
export const planOf = (setup: TrainerSetup): TrainerPlan => ({
  playing: setup.playing ?? false,
  until: setup.until,
  lr: setup.lanes.map((lane) => lane.optimizer.lr),
  announcements: setup.lanes.map((lane) => lane.announcements ?? []),
});

/** A lane's report added to what the store had: its new history points replace those from `from` on. */
function accumulate(old: TrainerSnapshot | undefined, { history, ...report }: LaneReport): TrainerSnapshot {
  const keep = (values: number[] | undefined, more: number[]) => (values ?? []).slice(0, history.from).concat(more);
  return {
    ...report,
    historySteps: keep(old?.historySteps, history.steps),
    trainLoss: keep(old?.trainLoss, history.train),
    testLoss: keep(old?.testLoss, history.test),
  };
}

/** What a store draws after the trainer's `response`: a snapshot's lanes with their history added up, or its refusal. */
export function reduce(state: TrainerState, response: TrainerResponse): TrainerState {
  if (response.type === 'error') return { ...state, error: response.message };
  const lanes = response.lanes.map((report, i) => accumulate(state.lanes[i], report));
  return { lanes, snapshot: lanes[0] ?? null, error: null, failed: false };
}

/** A snapshot whose history starts past the points `state` holds: one before it was missed. */
export const missesHistory = (state: TrainerState, response: TrainerResponse): boolean =>
  response.type === 'snapshot' && response.lanes.some((report, i) => report.history.from > (state.lanes[i]?.historySteps.length ?? 0));

/**
 * The trainer starts when the first listener subscribes (sending `create` with the setup and
 * the latest plan, then any request sent before that) and stops when the last one leaves. Runs
 * are deterministic, so a restart (as React's strict mode does) shows the same run again.
 *
 * Listeners hear of a snapshot once the trainer has answered every request sent so far (and at
 * once of an error, or of a frame while playing): requests sent together are drawn once.
 */
export function createTrainerStore(setup: TrainerSetup, connect: Connect): TrainerStore {
  let state = EMPTY_STATE;
  let driver: TrainerDriver | null = null;
  let plan = planOf(setup);
  let planKey = JSON.stringify(plan);
  /** requests sent and not yet answered */
  let unanswered = 0;
  /**
   * Requests sent before the trainer first started, sent right after its `create`: a child's
   * effects run before its parent's. Once a run has ended, a request nobody listens to is dropped.
   */
  let early: TrainerRequest[] | null = [];
  const listeners = new Set<() => void>();
  const onResponse = (response: TrainerResponse) => {
    unanswered = Math.max(0, unanswered - 1);
    state = reduce(state, response);
    if (unanswered === 0 || response.type === 'error') listeners.forEach((l) => l());
  };
  const onFailure = () => {
    state = { ...state, failed: true };
    listeners.forEach((l) => l());
  };
  const send = (request: TrainerRequest) => {
    if (!driver) {
      if (early && early.length < 64) early.push(request);
      return;
    }
    unanswered++;
    if (request.type === 'reset' && request.playing !== undefined) plan = { ...plan, playing: request.playing };
    if (request.type === 'step' || request.type === 'epoch' || request.type === 'train') plan = { ...plan, playing: false };
    planKey = JSON.stringify(plan);
    driver.send(request);
  };
  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      if (!driver) {
        unanswered = 0;
        state = EMPTY_STATE;
        driver = connect(onResponse, onFailure);
        const { lr, announcements, ...rest } = plan;
        send({ type: 'create', ...setup, ...rest, lanes: setup.lanes.map((lane, i) => ({ ...lane, optimizer: { ...lane.optimizer, lr: lr[i]! }, announcements: announcements[i] })) });
        const queued = early ?? [];
        early = null;
        queued.forEach(send);
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && driver) {
          driver.dispose();
          driver = null;
        }
      };
    },
    send,
    configure(next) {
      const key = JSON.stringify(next);
      if (key === planKey) return;
      plan = next;
      planKey = key;
      if (driver) send({ type: 'plan', ...next });
    },
  };
}

/** Every lane reached `until` or diverged: a run of that length is over. */
export const finished = (lanes: TrainerSnapshot[], until: number): boolean =>
  lanes.length > 0 && lanes.every((lane) => lane.step >= until || lane.diverged);
