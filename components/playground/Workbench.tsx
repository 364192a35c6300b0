'use client';

import type { Locale } from '@/lib/i18n';
import { formatNumber } from '@/lib/format';
import { set, startFrom } from '@/lib/playground/edit';
import { datasetSpec, isPictures, sizesOf, trainSizeOf } from '@/lib/playground/model';
import type { LinkProblem } from '@/lib/playground/codec';
import type { PlaygroundState } from '@/lib/playground/table';
import { ChallengeBanner } from './ChallengeBanner';
import { Curves } from './Curves';
import { DataPanel } from './DataPanel';
import { FilePanel } from './FilePanel';
import { InsideView } from './InsideView';
import { LinkNote } from './LinkNote';
import { NetworkPanel } from './NetworkPanel';
import { OutputView } from './OutputView';
import { Panel } from './Panel';
import { SharePanel } from './SharePanel';
import { StatusBar, latest, showLoss } from './StatusBar';
import { TrainingPanel } from './TrainingPanel';
import { shareWords } from './shareWords';
import type { Update } from './update';
import { useAccuracy } from './useAccuracy';
import { useDataset } from './useDataset';
import { useDrawnSnapshot } from './useDrawnSnapshot';
import { useNetworkView } from './useNetworkView';
import { usePictureScores } from './usePictureScores';
import { useRun } from './useRun';
import { TrainerProblem } from '@/components/trainer/TrainerProblem';
import { useWide } from './useWide';
import { words } from './words';
import styles from './Playground.module.css';

/** The live playground for one setup: controls, the run, and every view of the network. */
export function Workbench({ lang, state, problem, update }: { lang: Locale; state: PlaygroundState; problem: LinkProblem | null; update: Update }) {
  const w = words[lang];
  const s = shareWords[lang];
  const wide = useWide();
  const pictures = isPictures(state.dataset);
  const run = useRun(state);
  const { snapshot, send, runKey, playing, setPlaying } = run;
  const view = useNetworkView(snapshot, send, runKey, pictures ? 500 : 250);
  const drawn = useDrawnSnapshot(snapshot, runKey);
  const accuracy = useAccuracy(drawn, runKey);
  const data = useDataset(datasetSpec(state), snapshot !== null);
  const scores = usePictureScores(pictures ? (view?.network ?? null) : null, pictures ? data : null, 12);

  // before the run's first reading, a run from given weights starts from exactly those
  const network = view?.network ?? state.start?.network ?? null;
  const offset = state.start?.step ?? 0;
  const epochOffset = (offset * state.batch) / trainSizeOf(state);
  // the trainer takes the new rate from its next step on (useRun's plan)
  const onRate = (lr: number) => update(set('lr', lr));
  const summary = !snapshot ? '' : playing ? w.training : w.summary({
    dataset: w.datasets[state.dataset], sizes: sizesOf(state).join('–'), step: String(offset + snapshot.step),
    epoch: formatNumber(epochOffset + snapshot.epoch, 2), trainLoss: showLoss(w, latest(snapshot.trainLoss)),
    testLoss: showLoss(w, latest(snapshot.testLoss)), accuracy: formatNumber(100 * snapshot.testAccuracy, 1),
  });

  return (
    <div className={styles.workbench} data-testid="workbench" data-dataset={state.dataset} data-sizes={sizesOf(state).join('-')}
      data-run={runKey.length > 200 ? `${runKey.slice(0, 200)}…` : runKey} data-lr={snapshot?.lr}>
      {problem ? <LinkNote s={s} problem={problem} /> : null}
      {state.start && state.start.step > 0 ? <p className={styles.hint} data-testid="resumed">{s.resumed(state.start.step)}</p> : null}
      {state.challenge ? <ChallengeBanner s={s} state={state} testAccuracy={snapshot?.testAccuracy ?? null} runKey={runKey} /> : null}
      <StatusBar w={w} snapshot={snapshot} send={send} playing={playing} onPlaying={setPlaying} offset={offset} epochOffset={epochOffset} batch={state.batch} />
      <TrainerProblem lang={lang} trainer={run} />
      <div className={styles.columns}>
        <div className={styles.controls}>
          <Panel name="data" title={w.panels.data} open={wide}><DataPanel w={w} lang={lang} state={state} update={update} /></Panel>
          <Panel name="network" title={w.panels.network} open={wide}><NetworkPanel w={w} state={state} update={update} /></Panel>
          <Panel name="training" title={w.panels.training} open={wide}>
            <TrainingPanel w={w} lang={lang} state={state} update={update} onRate={onRate} />
          </Panel>
          <Panel name="share" title={w.panels.share} open={wide}>
            <SharePanel lang={lang} state={state} view={view} snapshot={snapshot} send={send} offset={offset} onPause={() => setPlaying(false)} />
            <FilePanel lang={lang} network={network} state={state} update={update} data={data} step={offset + (view?.step ?? 0)} />
          </Panel>
        </div>
        <div className={styles.inside}>
          <Panel name="inside" title={w.panels.inside} open={wide}>
            <InsideView w={w} lang={lang} network={network} pictures={pictures} features={state.features}
              onEdit={(edited) => update(startFrom(edited, offset + (view?.step ?? 0)))} />
          </Panel>
        </div>
        <div className={styles.output}>
          <Panel name="output" title={w.panels.output} open>
            <OutputView w={w} lang={lang} state={state} grid={drawn?.grid?.values ?? null} data={data} scores={scores} update={update} />
            <Curves w={w} snapshot={drawn} accuracy={accuracy} offset={offset} />
          </Panel>
        </div>
      </div>
      <p className="visually-hidden" aria-live="polite" data-testid="summary">{summary}</p>
    </div>
  );
}
