import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { driveTrainer } from '../../lib/nn/worker/loop';
import type { TrainerSetup } from '../../lib/nn/worker/protocol';
import type { DeckLink } from '../../lib/present/link';
import { parseMessage, type DeckMessage } from '../../lib/present/messages';
import { createRunHost, GRACE_MS, HANDOVER_MS, PEER_TIMEOUT_MS, PRIORITY, PUBLISH_EVERY_MS, type RunHost } from './host';
import type { Connect, TrainerStore } from './store';
import { engineTrainer } from './replay';

const setup: TrainerSetup = {
  lanes: [{
    network: { sizes: [2, 4, 1], activation: 'tanh', outputActivation: 'sigmoid', seed: 1 },
    dataset: { kind: 'xor', n: 100, noise: 0, seed: 2 },
    batchSize: 5,
    optimizer: { kind: 'sgd', lr: 0.1 },
    loss: 'bce',
    seed: 3,
  }],
  grid: { xMin: -1, xMax: 1, yMin: -1, yMax: 1, nx: 4, ny: 4 },
};
const ID = 'training/1#abc';

/**
 * Deck windows joined by one in-memory bus, as a classroom's socket would join them: every
 * message goes through JSON and the deck's schema, and arrives when the test flushes the bus.
 */
function bus() {
  const queue: { from: DeckLink; data: unknown }[] = [];
  const ends = new Set<{ link: DeckLink; hear: Set<(m: DeckMessage) => void> }>();
  const open = (): DeckLink => {
    const hear = new Set<(m: DeckMessage) => void>();
    const link: DeckLink = {
      post: (message) => queue.push({ from: link, data: JSON.parse(JSON.stringify(message)) }),
      listen(h) {
        hear.add(h);
        return () => hear.delete(h);
      },
      close: () => ends.delete(end),
    };
    const end = { link, hear };
    ends.add(end);
    return link;
  };
  /** Sends raw data, as a forger on the wire would. */
  const never = () => false;
  const forge = (data: unknown) => queue.push({ from: null as unknown as DeckLink, data });
  /**
   * Delivers everything posted, snapshots held back by the owner's pace included (`lose`: drops it
   * instead; `late`: keeps the messages it matches for a later flush, as a busy window answers late).
   */
  const flush = ({ lose = false, late = never }: { lose?: boolean; late?: (message: DeckMessage) => boolean } = {}) => {
    const kept: typeof queue = [];
    for (let n = 0; n < 10_000; n++) {
      vi.advanceTimersByTime(PUBLISH_EVERY_MS);
      if (queue.length === 0) break;
      const posted = queue.shift()!;
      const message = parseMessage(posted.data);
      if (!message || lose) continue;
      if (late(message)) kept.push(posted);
      else ends.forEach((end) => end.link !== posted.from && end.hear.forEach((h) => h(message)));
    }
    queue.push(...kept);
  };
  return { open, forge, flush };
}

/** A window: its host, the trainers it opened, and its frames (a playing trainer's ticks). */
function window_(priority: number, since: number, link: DeckLink) {
  const frames: (() => void)[] = [];
  let trainers = 0;
  const connect: Connect = (onResponse) => {
    trainers++;
    return driveTrainer(onResponse, (fn) => frames.push(fn));
  };
  const host = createRunHost({ priority, since, connect });
  host.attach([link]);
  return { host, frames, trainers: () => trainers };
}

const open: RunHost[] = [];
const watch = (store: TrainerStore) => {
  store.subscribe(() => {});
  return store;
};
const step = (store: TrainerStore) => store.getState().snapshot?.step;
/** Every window has listened for its grace and said who it is: the owner is settled. */
const settle = (wire: ReturnType<typeof bus>) => {
  wire.flush();
  vi.advanceTimersByTime(GRACE_MS);
  wire.flush();
};

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  open.splice(0).forEach((host) => host.close());
  vi.useRealTimers();
});

describe('run host: one run, mirrored', () => {
  it('trains in the presenter window only; the projector draws its numbers and its buttons reach the run', () => {
    const wire = bus();
    const presenter = window_(PRIORITY.presenter, 2, wire.open());
    const projector = window_(PRIORITY.projector, 1, wire.open());
    open.push(presenter.host, projector.host);
    wire.flush();
    vi.advanceTimersByTime(GRACE_MS);
    wire.flush();
    expect(presenter.host.owns()).toBe(true);
    expect(projector.host.owns()).toBe(false);

    const owner = watch(presenter.host.store(ID, setup));
    const mirror = watch(projector.host.store(ID, setup));
    // nobody held this run: the owner trains it at once, with no wait for another window's state
    expect(presenter.trainers()).toBe(1);
    wire.flush();
    owner.send({ type: 'train', steps: 12 });
    wire.flush();
    expect(step(mirror)).toBe(12);
    // pressed on the projector: the one run takes the step, both windows show it
    mirror.send({ type: 'epoch' });
    mirror.send({ type: 'step' });
    wire.flush();
    // the numbers of one trainer given the same presses, none lost, none twice
    const alone = engineTrainer(setup);
    [{ type: 'train', steps: 12 } as const, { type: 'epoch' } as const, { type: 'step' } as const].forEach(alone.send);
    expect(step(owner)).toBe(step(alone));
    expect(step(owner)).toBeGreaterThan(13);
    expect(mirror.getState().snapshot).toEqual(owner.getState().snapshot);
    expect(mirror.getState().snapshot).toEqual(alone.getState().snapshot);
    mirror.send({ type: 'reset' });
    wire.flush();
    expect(step(owner)).toBe(0);
    expect(mirror.getState().snapshot).toEqual(owner.getState().snapshot);
    expect(projector.trainers()).toBe(0);
    expect(presenter.trainers()).toBe(1);
  });

  it('follows the owner while it plays, frame by frame', () => {
    const wire = bus();
    const presenter = window_(PRIORITY.presenter, 2, wire.open());
    const projector = window_(PRIORITY.projector, 1, wire.open());
    open.push(presenter.host, projector.host);
    settle(wire);
    const owner = watch(presenter.host.store(ID, setup));
    const mirror = watch(projector.host.store(ID, setup));
    wire.flush();
    let runs = 0;
    wire.open().listen((m) => void (m.kind === 'run' && runs++));
    owner.configure({ playing: true, lr: [0.1], announcements: [[]] });
    // five frames faster than a projector's: sent on as one snapshot with all five points
    for (let i = 0; i < 5; i++) presenter.frames.shift()?.();
    wire.flush();
    expect(runs).toBeLessThanOrEqual(2);
    expect(step(owner)).toBe(5);
    expect(mirror.getState().snapshot).toEqual(owner.getState().snapshot);
    expect(mirror.getState().snapshot!.historySteps).toEqual([0, 1, 2, 3, 4, 5]);
    // a network asked for is drawn in the projector too, though a frame follows its answer at once
    let networks = 0;
    mirror.subscribe(() => void (mirror.getState().snapshot?.network && networks++));
    presenter.frames.shift()?.(); // sent at once: the next answers within PUBLISH_EVERY_MS wait
    owner.send({ type: 'snapshot', network: true });
    presenter.frames.shift()?.();
    wire.flush();
    expect(networks).toBe(1);
    expect(step(mirror)).toBe(step(owner));
  });

  it('gives a window that opens late the whole history, then the deltas', () => {
    const wire = bus();
    const presenter = window_(PRIORITY.presenter, 2, wire.open());
    open.push(presenter.host);
    settle(wire);
    const owner = watch(presenter.host.store(ID, setup));
    owner.send({ type: 'train', steps: 40 });
    wire.flush();
    const projector = window_(PRIORITY.projector, 1, wire.open());
    open.push(projector.host);
    const mirror = watch(projector.host.store(ID, setup));
    wire.flush();
    expect(mirror.getState().snapshot).toEqual(owner.getState().snapshot);
    expect(mirror.getState().snapshot!.historySteps).toEqual([0, 40]);
    owner.send({ type: 'step' });
    wire.flush();
    expect(mirror.getState().snapshot).toEqual(owner.getState().snapshot);
  });

  it('asks again for the whole state when a delta is missing, rather than drawing a broken history', () => {
    const wire = bus();
    const presenter = window_(PRIORITY.presenter, 2, wire.open());
    const projector = window_(PRIORITY.projector, 1, wire.open());
    open.push(presenter.host, projector.host);
    settle(wire);
    const heard: string[] = [];
    wire.open().listen((m) => heard.push(m.kind));
    const owner = watch(presenter.host.store(ID, setup));
    const mirror = watch(projector.host.store(ID, setup));
    owner.send({ type: 'train', steps: 10 });
    wire.flush();
    expect(step(mirror)).toBe(10);
    // a delta is lost on the way (a socket that dropped)…
    owner.send({ type: 'train', steps: 10 });
    wire.flush({ lose: true });
    heard.length = 0;
    // …so the next one starts past what the projector holds: it asks, and gets the whole run
    owner.send({ type: 'step' });
    wire.flush();
    expect(heard).toContain('run-hello');
    expect(mirror.getState().snapshot).toEqual(owner.getState().snapshot);
    expect(mirror.getState().snapshot!.historySteps).toEqual([0, 10, 20, 21]);
  });

  it('carries a run that blew up: NaN and infinite losses arrive as they were', () => {
    const wire = bus();
    const presenter = window_(PRIORITY.presenter, 2, wire.open());
    const projector = window_(PRIORITY.projector, 1, wire.open());
    open.push(presenter.host, projector.host);
    settle(wire);
    const wild: TrainerSetup = { ...setup, lanes: [{ ...setup.lanes[0]!, network: { sizes: [2, 4, 1], activation: 'relu', outputActivation: 'identity', seed: 1 }, loss: 'mse', optimizer: { kind: 'sgd', lr: 1e6 } }] };
    const owner = watch(presenter.host.store(ID, wild));
    const mirror = watch(projector.host.store(ID, wild));
    owner.send({ type: 'train', steps: 30 });
    wire.flush();
    const drawn = owner.getState().snapshot!;
    expect(drawn.diverged).toBe(true);
    expect(drawn.trainLoss.some((x) => !Number.isFinite(x)) || drawn.grid!.values.some((x) => !Number.isFinite(x))).toBe(true);
    expect(mirror.getState().snapshot).toEqual(drawn);
  });

  it('refuses what a mirror may not ask: a forged create, a plan, an unknown intent, a bad id', () => {
    const wire = bus();
    const presenter = window_(PRIORITY.presenter, 2, wire.open());
    open.push(presenter.host);
    settle(wire);
    const owner = watch(presenter.host.store(ID, setup));
    owner.send({ type: 'train', steps: 7 });
    wire.flush();
    const forged = [
      { kind: 'run-request', id: ID, request: { type: 'create', ...setup } },
      { kind: 'run-request', id: ID, request: { type: 'plan', playing: true, lr: [5], announcements: [[]] } },
      { kind: 'run-request', id: ID, request: { type: 'train', steps: 1e9 } },
      { kind: 'run-request', id: ID, request: { type: 'dispose' } },
      { kind: 'run-request', id: '__proto__', request: { type: 'step' } },
      { kind: 'run-request', id: 'training/1#abc<img>', request: { type: 'step' } },
    ];
    forged.forEach(wire.forge);
    wire.flush();
    expect(step(owner)).toBe(7);
    expect(owner.getState().error).toBeNull();
    // the same intent, well formed, is served: the refusals above were the schema's, not a dead link
    wire.forge({ kind: 'run-request', id: ID, request: { type: 'step' } });
    wire.flush();
    expect(step(owner)).toBe(8);
  });

  it('does not send a plan or a create from a mirror, and a follower drives nothing', () => {
    const wire = bus();
    const heard: DeckMessage[] = [];
    const spy = wire.open();
    spy.listen((m) => heard.push(m));
    const projector = window_(PRIORITY.projector, 1, wire.open());
    const student = window_(PRIORITY.follower, 0, wire.open());
    const presenter = window_(PRIORITY.presenter, 2, wire.open());
    open.push(projector.host, student.host, presenter.host);
    wire.flush();
    const mirror = watch(projector.host.store(ID, setup));
    const follower = watch(student.host.store(ID, setup));
    wire.flush();
    heard.length = 0;
    mirror.send({ type: 'create', ...setup });
    mirror.configure({ playing: true, lr: [9], announcements: [[]] });
    follower.send({ type: 'step' });
    wire.flush();
    expect(heard).toEqual([]);
    vi.advanceTimersByTime(PEER_TIMEOUT_MS * 2);
    expect(student.host.owns()).toBe(false);
    expect(student.trainers()).toBe(0);
  });
});

describe('run host: who owns', () => {
  it('a projector alone owns after listening; a presenter that opens takes over; when it closes the projector goes on from the last step', () => {
    const wire = bus();
    const projector = window_(PRIORITY.projector, 1, wire.open());
    open.push(projector.host);
    const store = watch(projector.host.store(ID, setup));
    expect(projector.host.owns()).toBe(false);
    expect(projector.trainers()).toBe(0);
    vi.advanceTimersByTime(GRACE_MS);
    expect(projector.host.owns()).toBe(true);
    expect(step(store)).toBe(0);

    const presenter = window_(PRIORITY.presenter, 2, wire.open());
    open.push(presenter.host);
    const owner = watch(presenter.host.store(ID, setup));
    settle(wire);
    expect(projector.host.owns()).toBe(false);
    owner.send({ type: 'train', steps: 25 });
    wire.flush();
    expect(step(store)).toBe(25);

    const last = store.getState().snapshot;
    presenter.host.close();
    wire.flush();
    expect(projector.host.owns()).toBe(true);
    expect(projector.trainers()).toBe(2);
    expect(store.getState().snapshot).toEqual(last);
    store.send({ type: 'step' });
    expect(step(store)).toBe(26);
  });

  it('a presenter opened after the projector started a run takes that run over at its step, not afresh', () => {
    const wire = bus();
    const projector = window_(PRIORITY.projector, 1, wire.open());
    open.push(projector.host);
    const store = watch(projector.host.store(ID, setup));
    settle(wire);
    store.send({ type: 'train', steps: 30 });
    store.send({ type: 'step' });
    expect(step(store)).toBe(31);
    const trained = store.getState().snapshot;

    const presenter = window_(PRIORITY.presenter, 2, wire.open());
    open.push(presenter.host);
    const owner = watch(presenter.host.store(ID, setup));
    const shown: (number | undefined)[] = [];
    owner.subscribe(() => shown.push(step(owner)));
    wire.flush();
    // listening first: the projector still trains, and the presenter draws its run
    expect(projector.host.owns()).toBe(true);
    expect(presenter.trainers()).toBe(0);
    expect(owner.getState().snapshot).toEqual(trained);
    vi.advanceTimersByTime(GRACE_MS);
    wire.flush();
    // then it owns, its trainer replayed to step 31 (the same weights and numbers; the loss curve
    // keeps the stretch's first and last point), and neither window showed step 0
    expect([presenter.host.owns(), projector.host.owns()]).toEqual([true, false]);
    const numbers = (snapshot: typeof trained) => {
      const { historySteps, trainLoss, testLoss, ...rest } = snapshot!;
      return { ...rest, last: [historySteps.at(-1), trainLoss.at(-1), testLoss.at(-1)] };
    };
    expect(numbers(owner.getState().snapshot)).toEqual(numbers(trained));
    expect(numbers(store.getState().snapshot)).toEqual(numbers(trained));
    expect(shown.filter((n) => n !== 31)).toEqual([]);
    owner.send({ type: 'step' });
    wire.flush();
    expect(step(store)).toBe(32);
    expect(store.getState().snapshot).toEqual(owner.getState().snapshot);
  });

  describe('a presenter opened after the projector trained a run gets the run as it stands, however late the state comes', () => {
    /** The projector alone, trained to step 31; the presenter window opens beside it. */
    const begin = () => {
      const wire = bus();
      const projector = window_(PRIORITY.projector, 1, wire.open());
      open.push(projector.host);
      const store = watch(projector.host.store(ID, setup));
      settle(wire);
      store.send({ type: 'train', steps: 31 });
      const shownThere: (number | undefined)[] = [];
      store.subscribe(() => shownThere.push(step(store)));
      const presenter = window_(PRIORITY.presenter, 2, wire.open());
      open.push(presenter.host);
      return { wire, store, presenter, shownThere };
    };

    it('its widget mounts after it owns (the widget\'s code came late)', () => {
      const { wire, store, presenter, shownThere } = begin();
      settle(wire);
      expect([presenter.host.owns(), store.getState().snapshot?.step]).toEqual([true, 31]);
      const owner = watch(presenter.host.store(ID, setup));
      const shown: (number | undefined)[] = [];
      owner.subscribe(() => shown.push(step(owner)));
      wire.flush();
      expect(step(owner)).toBe(31);
      expect(presenter.trainers()).toBe(1);
      expect([...shown, ...shownThere].filter((n) => n !== 31)).toEqual([]);
      owner.send({ type: 'step' });
      wire.flush();
      expect([step(owner), step(store)]).toEqual([32, 32]);
    });

    it('the projector\'s answer to its first ask comes after its grace (a busy machine)', () => {
      const { wire, store, presenter, shownThere } = begin();
      const owner = watch(presenter.host.store(ID, setup));
      const shown: (number | undefined)[] = [];
      owner.subscribe(() => shown.push(step(owner)));
      const late = (message: DeckMessage) => message.kind === 'run';
      wire.flush({ late });
      vi.advanceTimersByTime(GRACE_MS);
      wire.flush({ late });
      // it owns, has drawn nothing of the run, and waits for it rather than start it afresh
      expect([presenter.host.owns(), step(store), presenter.trainers(), step(owner)]).toEqual([true, 31, 0, undefined]);
      wire.flush();
      expect(step(owner)).toBe(31);
      expect([...shown, ...shownThere].filter((n) => n !== 31 && n !== undefined)).toEqual([]);
      owner.send({ type: 'step' });
      wire.flush();
      expect([step(owner), step(store)]).toEqual([32, 32]);
    });

    it('the projector is gone before it answers: after HANDOVER_MS the presenter starts the run itself', () => {
      const { wire, presenter } = begin();
      const owner = watch(presenter.host.store(ID, setup));
      wire.flush({ late: (message) => message.kind === 'run' });
      vi.advanceTimersByTime(GRACE_MS);
      wire.flush({ lose: true });
      expect([presenter.host.owns(), presenter.trainers()]).toEqual([true, 0]);
      vi.advanceTimersByTime(HANDOVER_MS);
      expect(presenter.trainers()).toBe(1);
      expect(step(owner)).toBe(0);
    });
  });

  it('starts the run afresh when its widget mounts again (a scene restarts it), in the owner and the mirror', () => {
    const wire = bus();
    const presenter = window_(PRIORITY.presenter, 2, wire.open());
    const projector = window_(PRIORITY.projector, 1, wire.open());
    open.push(presenter.host, projector.host);
    settle(wire);
    const owner = presenter.host.store(ID, setup);
    const mirror = watch(projector.host.store(ID, setup));
    const leave = owner.subscribe(() => {});
    owner.send({ type: 'train', steps: 9 });
    wire.flush();
    expect(step(mirror)).toBe(9);
    leave();
    watch(owner);
    wire.flush();
    expect(step(owner)).toBe(0);
    expect(step(mirror)).toBe(0);
  });

  it('takes over from a presenter that went silent, after PEER_TIMEOUT_MS', () => {
    const wire = bus();
    const presenter = window_(PRIORITY.presenter, 2, wire.open());
    const projector = window_(PRIORITY.projector, 1, wire.open());
    open.push(projector.host);
    wire.flush();
    vi.advanceTimersByTime(GRACE_MS);
    wire.flush();
    expect(projector.host.owns()).toBe(false);
    // the presenter crashed: no goodbye, no heartbeat
    presenter.host.attach([]);
    vi.advanceTimersByTime(PEER_TIMEOUT_MS - 1000);
    wire.flush();
    expect(projector.host.owns()).toBe(false);
    vi.advanceTimersByTime(2000);
    wire.flush();
    expect(projector.host.owns()).toBe(true);
    presenter.host.close();
  });

  it('of two equal windows, the older owns', () => {
    const wire = bus();
    const older = window_(PRIORITY.projector, 100, wire.open());
    const newer = window_(PRIORITY.projector, 200, wire.open());
    open.push(older.host, newer.host);
    wire.flush();
    vi.advanceTimersByTime(GRACE_MS);
    wire.flush();
    expect([older.host.owns(), newer.host.owns()]).toEqual([true, false]);
  });
});
