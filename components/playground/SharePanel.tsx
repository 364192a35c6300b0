'use client';

import { useEffect, useState } from 'react';
import type { Locale } from '@/lib/i18n';
import type { TrainerRequest, TrainerSnapshot } from '@/lib/nn/worker/protocol';
import { encodeState } from '@/lib/playground/codec';
import type { PlaygroundState } from '@/lib/playground/table';
import { Button } from '@/components/controls/Button';
import { shareWords } from './shareWords';
import type { NetworkView } from './useNetworkView';
import styles from './Playground.module.css';

const linkFor = (state: PlaygroundState) => `${window.location.origin}${window.location.pathname}#${encodeState(state)}`;

/**
 * "Copy link" shares the setup; "snapshot link" first pauses, asks the trainer for the weights
 * at this step, and shares those too, so the link opens at exactly this moment.
 */
export function SharePanel({ lang, state, view, snapshot, send, offset, onPause }: {
  lang: Locale;
  state: PlaygroundState;
  view: NetworkView | null;
  snapshot: TrainerSnapshot | null;
  send: (request: TrainerRequest) => void;
  offset: number;
  onPause: () => void;
}) {
  const s = shareWords[lang];
  const [link, setLink] = useState<{ url: string; copies: number } | null>(null);
  const [status, setStatus] = useState('');
  const [waitingPast, setWaitingPast] = useState<number | null>(null);

  const share = (url: string) => {
    setLink({ url, copies: (link?.copies ?? 0) + 1 });
    setStatus(s.selectToCopy);
  };
  // the weights arrive later: share them once they belong to the paused step
  if (waitingPast !== null && view !== null && snapshot !== null && view.version > waitingPast && view.step === snapshot.step) {
    setWaitingPast(null);
    share(linkFor({ ...state, start: { step: offset + view.step, network: view.network } }));
  }
  // each new link goes to the clipboard when the browser allows it
  const copies = link?.copies ?? 0;
  const url = link?.url;
  useEffect(() => {
    if (!url) return;
    navigator.clipboard?.writeText(url).then(() => setStatus(s.copied), () => setStatus(s.selectToCopy));
  }, [copies, url, s]);

  return (
    <div className={styles.stack}>
      <div className={styles.row}>
        <Button onClick={() => share(linkFor(state))} data-action="copy-link">{s.copyLink}</Button>
        <Button data-action="copy-snapshot" disabled={!snapshot} onClick={() => {
          onPause();
          send({ type: 'snapshot', network: true });
          setWaitingPast(view?.version ?? 0);
          setStatus(s.preparing);
        }}>{s.copySnapshot}</Button>
      </div>
      <p className={styles.hint}>{s.snapshotHint}</p>
      <p className={styles.message} role="status">{status}</p>
      {link ? (
        <label className={styles.fieldLabel}>{s.linkLabel}
          <input className={styles.link} readOnly value={link.url} data-testid="share-link" onFocus={(e) => e.target.select()} />
        </label>
      ) : null}
    </div>
  );
}
