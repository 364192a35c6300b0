'use client';

import { useEffect, useId, useState, type FormEvent } from 'react';
import { useRouter } from 'next/navigation';
import { locales, type Locale } from '@/lib/i18n';
import { codeSchema, parse } from '@/lib/classroom/protocol.mjs';
import { openSocket, request, type Link } from '@/lib/classroom/connect';
import { tabStore } from '@/lib/classroom/storage';
import { NICKNAME_KEY } from './ClassDeck';
import { classWords } from './words';
import styles from './JoinForm.module.css';

type Problem = 'badCode' | 'missing' | 'tooMany' | 'noServer' | 'reconnecting' | null;

/**
 * Code, nickname and language; on success the student's deck opens in the chosen language.
 * What was typed stays in the form whatever goes wrong.
 */
export function JoinForm({ lang }: { lang: Locale }) {
  const id = useId();
  const [code, setCode] = useState('');
  const [nickname, setNickname] = useState('');
  const [language, setLanguage] = useState<Locale>(lang);
  const [problem, setProblem] = useState<Problem>(null);
  const [busy, setBusy] = useState(false);
  const router = useRouter();
  const w = classWords[lang];

  useEffect(() => {
    // The QR code's link carries the code: ?code=K7M2QX.
    const fromLink = new URLSearchParams(window.location.search).get('code');
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the URL is read after hydration
    if (fromLink) setCode(fromLink.slice(0, 12));
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const valid = parse(codeSchema, code);
    if (!valid) return setProblem('badCode');
    setBusy(true);
    setProblem(null);
    let link = 'connecting' as Link;
    const socket = openSocket((now) => {
      link = now;
      if (now === 'no-server') {
        setProblem('noServer');
        setBusy(false);
        socket.disconnect();
      }
    });
    const reply = await request<{ slug: string; student: string }>(socket, 'join', { code: valid, nickname: nickname.trim() || undefined });
    socket.disconnect();
    setBusy(false);
    if (!reply.ok) {
      if (link !== 'no-server') setProblem(reply.error === 'too-many' ? 'tooMany' : reply.error === 'offline' ? 'reconnecting' : 'missing');
      return;
    }
    tabStore.set(NICKNAME_KEY, nickname.trim());
    tabStore.set(`neuron-story/class/student/${valid}`, reply.student);
    router.push(`/${language}/${reply.slug}/present?class=${valid}`);
  }

  return (
    <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate data-testid="join-form">
      <label htmlFor={`${id}-code`} className={styles.label}>{w.code}</label>
      <input
        id={`${id}-code`}
        className={`${styles.input} ${styles.code}`}
        value={code}
        onChange={(event) => setCode(event.target.value)}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={12}
        aria-invalid={problem === 'badCode' || problem === 'missing'}
        aria-describedby={problem ? `${id}-problem` : undefined}
      />
      <label htmlFor={`${id}-nick`} className={styles.label}>{w.nickname}</label>
      <input id={`${id}-nick`} className={styles.input} value={nickname} onChange={(event) => setNickname(event.target.value)} maxLength={40} autoComplete="nickname" />
      <fieldset className={styles.languages}>
        <legend className={styles.label}>{w.language}</legend>
        {locales.map((option) => (
          <label key={option} className={styles.choice}>
            <input type="radio" name={`${id}-lang`} value={option} checked={language === option} onChange={() => setLanguage(option)} />
            {option === 'zh' ? '中文' : 'English'}
          </label>
        ))}
      </fieldset>
      <button type="submit" className={styles.submit} disabled={busy}>{busy ? w.joining : w.join}</button>
      {problem ? (
        <p id={`${id}-problem`} role="alert" className={styles.problem}>
          {problem === 'badCode' ? w.badCode : problem === 'missing' ? w.missing : problem === 'tooMany' ? w.tooMany : problem === 'noServer' ? w.noServer : w.reconnecting}
        </p>
      ) : null}
    </form>
  );
}
