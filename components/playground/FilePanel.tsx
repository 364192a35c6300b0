'use client';

import { useId, useState } from 'react';
import type { Locale } from '@/lib/i18n';
import type { NetworkJSON } from '@/lib/nn';
import { importNetwork } from '@/lib/playground/importNetwork';
import { sizesOf } from '@/lib/playground/model';
import type { PlaygroundState } from '@/lib/playground/table';
import { Button } from '@/components/controls/Button';
import { shareWords } from './shareWords';
import type { Update } from './update';
import styles from './Playground.module.css';

/** A network file is never this large (256 × 64 weights are under 1 MB of JSON). */
const MAX_BYTES = 5_000_000;

/** Download the current network as JSON; load one back (checked by Network.fromJSON). */
export function FilePanel({ lang, network, state, update }: {
  lang: Locale;
  network: NetworkJSON | null;
  state: PlaygroundState;
  update: Update;
}) {
  const s = shareWords[lang];
  const id = useId();
  const [message, setMessage] = useState('');
  const download = () => {
    if (!network) return;
    const url = URL.createObjectURL(new Blob([JSON.stringify(network)], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `network-${sizesOf(state).join('-')}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
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
        <label className={styles.fileButton} htmlFor={id}>⬆ {s.importJson}</label>
        <input id={id} className={styles.fileInput} type="file" accept="application/json,.json" data-testid="import-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void load(file);
          }} />
      </div>
      <p className={styles.message} role="status" data-testid="file-message">{message}</p>
    </div>
  );
}
