'use client';

import { formatNumber } from '@/lib/format';
import type { Locale } from '@/lib/i18n';
import { Button } from '@/components/controls/Button';
import { accepts } from '@/lib/scenes/limits';
import { useWidgetState } from '../state';
import { WidgetFrame } from '../WidgetFrame';
import { ExampleControls } from './ExampleControls';
import { BackpropSteps as manifest } from './manifest';
import { working } from './formula';
import { Ledger } from './Ledger';
import { NeuronDiagram } from './NeuronDiagram';
import { START_ETA, START_INPUTS, START_PARAMS, START_TARGET, runRound, type Params } from './round';
import { said } from './said';
import { STAGES, PHASE, reached, type Stage } from './stages';
import { words } from './words';
import { StagePanel } from '../stops/StagePanel';
import { StageProgress } from '../stops/StageProgress';
import shared from '../stops/stops.module.css';
import styles from './BackpropSteps.module.css';

const RESULT: Partial<Record<Stage, (r: ReturnType<typeof runRound>) => number>> = {
  z: (r) => r.z, a: (r) => r.a, loss: (r) => r.loss, dA: (r) => r.dA, dZ: (r) => r.dZ, update: (r) => r.nextLoss,
};

/** The quantity each stop computes; the update's is the new loss, named in words. */
const SYMBOL: Partial<Record<Stage, string>> = { z: 'z', a: 'ŷ', loss: 'L', dA: '∂L/∂ŷ', dZ: '∂L/∂z' };
/** Rounds shown in the loss record (older ones drop off the front). */
const HISTORY_SHOWN = 8;
const { state } = manifest.scene;

/** Chapter 7: one example through one neuron, forwards, backwards and one step, with the engine's numbers. */
export function BackpropSteps({ lang }: { lang: Locale }) {
  // Shared widget state: a story step (or the other presentation window) may set any of these.
  const [inputs, setInputs] = useWidgetState('inputs', START_INPUTS, accepts(state.inputs));
  const [target, setTarget] = useWidgetState('target', START_TARGET, accepts(state.target));
  const [lr, setEta] = useWidgetState('lr', START_ETA, accepts(state.lr));
  const [params, setParams] = useWidgetState<Params>('params', START_PARAMS, accepts(state.params));
  const [stage, setStage] = useWidgetState('stage', 0, accepts(state.stage));
  const [history, setHistory] = useWidgetState<number[]>('history', [], accepts(state.history));
  const w = words[lang];
  const round = runRound(params, inputs, target, lr);
  const id = STAGES[stage]!;
  const narration = w.narrate(id, said(round, inputs, target, lr));
  const result = RESULT[id];
  const last = stage === STAGES.length - 1;

  // A new example makes the old rounds' losses incomparable, so their record is cleared.
  const changeExample = (apply: () => void) => {
    apply();
    setHistory([]);
  };
  const anotherRound = () => {
    if (!round.diverged) setParams(round.next);
    setHistory((h) => [...h, round.loss]);
    setStage(0);
  };
  const startOver = () => {
    setParams(START_PARAMS);
    setHistory([]);
    setStage(0);
  };

  return (
    <WidgetFrame name="BackpropSteps" title={w.title} summary={w.summary(w.stage[id], narration)}>
      <ExampleControls
        inputs={inputs} target={target} lr={lr} lang={lang} words={w}
        onInput={(i, v) => changeExample(() => setInputs((old) => old.map((a, j) => (j === i ? v : a))))}
        onTarget={(y) => changeExample(() => setTarget(y))}
        onEta={setEta}
      />
      <StageProgress stages={STAGES} phaseOf={PHASE} current={stage} label={w.progress} names={w.stage} phases={w.phase} onGo={setStage} />
      <NeuronDiagram stage={stage} inputs={inputs} weights={params.weights} bias={params.bias} target={target} round={round} label={narration} />
      {/* Above the panel: its height varies by stop, so the buttons never move under a finger. */}
      <div className={`${shared.nav} ${styles.nav}`}>
        <Button onClick={() => setStage(stage - 1)} disabled={stage === 0}>← {w.back}</Button>
        {last ? (
          <Button primary className={styles.main} onClick={anotherRound}>{w.again} ↻</Button>
        ) : (
          <Button primary className={styles.main} onClick={() => setStage(stage + 1)}>{w.next} →</Button>
        )}
      </div>
      <StagePanel
        heading={`${w.round(history.length + 1)} · ${stage + 1}/${STAGES.length} · ${w.stage[id]}`}
        lines={working(id, round, params, inputs, target, lr)}
        results={result ? [{ symbol: SYMBOL[id] ?? w.newLoss, key: id, value: result(round) }] : []}
        testPrefix="bp"
        narration={narration}
        warning={last && round.diverged ? w.diverged : undefined}
      />
      <Ledger params={params} inputs={inputs} round={round} showBlame={reached(stage, 'ledger')} showStep={last} words={w.ledger} />
      <div className={styles.record}>
        <p className={styles.history} data-testid="bp-history">
          <span>{w.history}:</span>{' '}
          {[...history, round.loss].slice(-HISTORY_SHOWN).map((loss, i, all) => (
            <span key={i} className={i === all.length - 1 ? styles.now : undefined}>
              {formatNumber(loss, 3)}{i < all.length - 1 ? ' → ' : ''}
            </span>
          ))}
        </p>
        <Button onClick={startOver}>{w.restart}</Button>
      </div>
    </WidgetFrame>
  );
}
