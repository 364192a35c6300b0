// The trainer's message handling, free of Worker APIs so Node tests can drive it.
import type { TrainerRequest, TrainerResponse } from './protocol';
import { Run } from './run';

/** Runs requests against one training run and answers each with a snapshot. */
export class TrainerCore {
  private run: Run | null = null;

  /**
   * @param post where answers go (postMessage in a worker, a store on the main thread)
   * @param now a clock in milliseconds, for time slices
   */
  constructor(
    private readonly post: (response: TrainerResponse) => void,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** True while training continuously: the driver should keep calling tick(). */
  get playing(): boolean {
    return this.run?.playing ?? false;
  }

  /** Applies one request; errors are answered, never thrown. */
  handle(request: TrainerRequest): void {
    try {
      this.apply(request);
    } catch (error) {
      if (this.run) this.run.playing = false;
      this.post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }

  /** While playing: trains for up to `budgetMs`, then posts one snapshot. */
  tick(budgetMs: number): void {
    const run = this.run;
    if (!run?.playing) return;
    const start = this.now();
    do {
      for (let s = 0; s < 4 && run.playing; s++) run.trainOne(); // check the clock every 4 steps
    } while (run.playing && this.now() - start < budgetMs);
    this.emit(false);
  }

  private apply(request: TrainerRequest): void {
    if (request.type === 'create') {
      this.run = new Run(request);
      this.emit(false);
      return;
    }
    const run = this.run;
    if (!run) throw new Error(`"${request.type}" before "create"`);
    switch (request.type) {
      case 'train': run.trainSteps(request.steps); break;
      case 'step': run.trainSteps(1); break;
      case 'epoch': run.trainSteps(Math.ceil(run.trainSize / run.batchSize)); break;
      case 'play':
      case 'resume': run.playing = true; break;
      case 'pause': run.playing = false; break;
      case 'reset': run.reset(); break;
      case 'setLearningRate':
        if (!(request.lr > 0 && Number.isFinite(request.lr))) throw new Error(`learning rate must be positive, got ${request.lr}`);
        run.optimizer.lr = request.lr;
        break;
      case 'predictGrid': run.grid = request.grid; break;
      case 'snapshot': this.emit(request.network ?? false); return;
      default: throw new Error(`unknown request "${(request as { type: unknown }).type}"`);
    }
    this.emit(false);
  }

  private emit(withNetwork: boolean): void {
    this.post({ type: 'snapshot', snapshot: this.run!.snapshot(withNetwork) });
  }
}
