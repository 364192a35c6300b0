// The trainer's message handling, free of Worker APIs so Node tests can drive it.
import type { TrainerPlan, TrainerRequest, TrainerResponse, TrainerSetup } from './protocol';
import { Run } from './run';

/**
 * Owns the runs of one setup (its lanes, trained step for step) and paces them: while playing,
 * each tick trains `stepsPerFrame` steps per lane (never past `until`) and posts one snapshot.
 * Every request is answered by one snapshot.
 */
export class TrainerCore {
  private lanes: Run[] = [];
  private setup: TrainerSetup = { lanes: [] };
  private playing = false;
  private until = Infinity;

  /** @param post where answers go (postMessage in a worker, a store on the main thread) */
  constructor(private readonly post: (response: TrainerResponse) => void) {}

  /** Training by itself: wants to play and some lane can still go. The driver keeps calling tick(). */
  get running(): boolean {
    return this.playing && this.lanes.some((run) => this.canGo(run));
  }

  /** Milliseconds between two ticks while running. */
  get frameMs(): number {
    return this.setup.frameMs ?? 16;
  }

  /** Some lane's pictures are planned but not all painted yet (Run.unpainted). */
  get unpainted(): boolean {
    return this.lanes.some((run) => run.unpainted);
  }

  /** Paints pictures for up to `ms`, between requests: a step would paint them all at once. */
  paint(ms: number): void {
    const deadline = performance.now() + ms;
    this.lanes.forEach((run) => run.paint(deadline));
  }

  /** Applies one request; errors are answered, never thrown. */
  handle(request: TrainerRequest): void {
    try {
      this.apply(request);
    } catch (error) {
      this.post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }

  /** While running: one frame's steps in every lane that can go, then one snapshot. */
  tick(): void {
    if (!this.running) return;
    this.trainAll(this.setup.stepsPerFrame ?? 1);
    this.emit(false);
  }

  private canGo(run: Run): boolean {
    return !run.diverged && run.step < this.until;
  }

  /** Up to `steps` steps in lockstep: each lane trains the same steps unless it diverged or reached `until`. */
  private trainAll(steps: number): void {
    for (let s = 0; s < steps; s++) {
      const going = this.lanes.filter((run) => this.canGo(run));
      if (going.length === 0) return;
      going.forEach((run) => run.trainOne());
    }
  }

  private apply(request: TrainerRequest): void {
    if (request.type === 'create') {
      const setup: TrainerSetup = request;
      if (setup.lanes.length === 0) throw new Error('a setup needs at least one lane');
      const steps = setup.stepsPerFrame ?? 1;
      if (!(Number.isInteger(steps) && steps >= 1)) throw new Error(`stepsPerFrame must be a positive integer, got ${steps}`);
      this.lanes = setup.lanes.map((config) => new Run(config));
      this.setup = setup;
      this.playing = setup.playing ?? false;
      this.until = setup.until ?? Infinity;
      this.emit(false);
      return;
    }
    if (this.lanes.length === 0) throw new Error(`"${request.type}" before "create"`);
    const first = this.lanes[0]!;
    switch (request.type) {
      case 'plan': this.plan(request); break;
      case 'step': this.pauseAndTrain(1); break;
      case 'epoch': this.pauseAndTrain(Math.ceil(first.trainSize / first.batchSize)); break;
      case 'train': this.pauseAndTrain(request.steps); break;
      case 'reset':
        this.lanes.forEach((run) => run.reset());
        if (request.playing !== undefined) this.playing = request.playing;
        break;
      case 'snapshot': this.emit(request.network ?? false); return;
      default: throw new Error(`unknown request "${(request as { type: unknown }).type}"`);
    }
    this.emit(false);
  }

  /** A plan is checked whole before any of it applies. */
  private plan({ playing, until, lr, announcements }: TrainerPlan): void {
    if (lr.length !== this.lanes.length || announcements.length !== this.lanes.length) {
      throw new Error(`a plan needs one rate and one list of announcements per lane (${this.lanes.length})`);
    }
    const bad = lr.find((rate) => !(rate > 0 && Number.isFinite(rate)));
    if (bad !== undefined) throw new Error(`learning rate must be positive, got ${bad}`);
    this.playing = playing;
    this.until = until ?? Infinity;
    this.lanes.forEach((run, i) => {
      run.lr = lr[i]!;
      run.announcements = announcements[i]!;
    });
  }

  /** "One step", "one epoch": these pause first, then train every lane (past `until`: the reader asked). */
  private pauseAndTrain(steps: number): void {
    this.playing = false;
    this.lanes.forEach((run) => run.trainSteps(steps));
  }

  private emit(withNetwork: boolean): void {
    this.post({ type: 'snapshot', lanes: this.lanes.map((run) => run.report(withNetwork, this.setup.grid)) });
  }
}
