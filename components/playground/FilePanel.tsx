'use client';

import { useState } from 'react';
import type { Locale } from '@/lib/i18n';
import type { NetworkJSON } from '@/lib/nn';
import type { Dataset } from '@/lib/nn/datasets/index';
import { importNetwork, networkFile } from '@/lib/playground/importNetwork';
import { isPictures, sizesOf } from '@/lib/playground/model';
import { networkScript, pointSamples, type ScriptKind, type ScriptSample } from '@/lib/playground/script';
import type { PlaygroundState } from '@/lib/playground/table';
import { Button } from '@/components/controls/Button';
import { shareWords } from './shareWords';
import type { Update } from './update';
import { FileButton } from './FileButton';
import styles from './Playground.module.css';

/** A network file is never this large (256 × 64 weights are under 1 MB of JSON). */
const MAX_BYTES = 5_000_000;

/** Three test pictures as a script's samples (the first ones, so the same setup gives the same script). */
const pictureSamples = (data: Dataset): ScriptSample[] =>
  data.test.inputs.slice(0, 3).map((inputs, k) => ({ name: `test picture ${k + 1} (breed ${data.test.labels[k]})`, inputs }));

/** Saves text as a file through a link the page clicks (nothing leaves the browser). */
export function save(text: string, type: string, name: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Download the current network as JSON or as a PyTorch or Keras script; load a JSON network
 * back (checked by Network.fromJSON).
 */
export function FilePanel({ lang, network, state, update, data = null, step = 0 }: {
  lang: Locale;
  network: NetworkJSON | null;
  /** the examples (a script for pictures predicts three of the test pictures) */
  data?: Dataset | null;
  /** the step the network's weights were taken at */
  step?: number;
  state: PlaygroundState;
  update: Update;
}) {
  const s = shareWords[lang];
  const [message, setMessage] = useState('');
  const pictures = isPictures(state.dataset);
  const download = () => {
    if (network) save(JSON.stringify(networkFile(network, state)), 'application/json', `network-${sizesOf(state).join('-')}.json`);
  };
  const script = (kind: ScriptKind) => {
    if (!network || (pictures && !data)) return;
    const samples = pictures ? pictureSamples(data!) : pointSamples(state.features);
    const text = networkScript(kind, network, samples, pictures ? null : state.features, s.scriptAbout(step));
    save(text, 'text/x-python', `network-${sizesOf(state).join('-')}-${kind}.py`);
  };
  const load = async (file: File) => {
    if (file.size > MAX_BYTES) return setMessage(s.tooBig);
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch {
      return setMessage(s.notJson);
    }
    const result = importNetwork(state, json);
    if ('problem' in result) return setMessage(s.importProblem(result.problem));
    update(() => result.state);
    setMessage(s.imported(sizesOf(result.state).join('–')));
  };
  return (
    <div className={styles.stack}>
      <div className={styles.row}>
        <Button onClick={download} disabled={!network} data-action="export">⬇ {s.exportJson}</Button>
        <Button onClick={() => script('pytorch')} disabled={!network || (pictures && !data)} data-action="export-pytorch">⬇ {s.exportPytorch}</Button>
        <Button onClick={() => script('keras')} disabled={!network || (pictures && !data)} data-action="export-keras">⬇ {s.exportKeras}</Button>
        <FileButton label={s.importJson} accept="application/json,.json" testId="import-file" onFile={(file) => void load(file)} />
      </div>
      <p className={styles.hint}>{s.scriptHint}</p>
      <p className={styles.message} role="status" data-testid="file-message">{message}</p>
    </div>
  );
}
