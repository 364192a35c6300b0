'use client';

import { useContext, useEffect, useState } from 'react';
import type { Locale } from '@/lib/i18n';
import { answersCsv } from '@/lib/classroom/csv';
import { histogram, questionsAnswered } from '@/lib/classroom/histogram';
import { questionText } from '@/lib/classroom/questionText';
import type { TeacherSession } from '@/lib/classroom/teacher';
import { Button } from '@/components/controls/Button';
import { ClassroomContext } from './ClassroomContext';
import { Histogram } from './Histogram';
import { JoinQr } from './JoinQr';
import { useScreen } from './useScreen';
import { useSignal } from './useSignal';
import { classWords } from './words';
import styles from './Classroom.module.css';

/** The student's join page for a code, on this server (the QR code and the projector show it). */
export const joinUrl = (lang: Locale, code: string) => `${window.location.origin}/${lang}/class?code=${code}`;

/** The presenter window's classroom: a button in its top bar, and the session's drawer once started. */
export function TeacherPanel({ lang }: { lang: Locale }) {
  const role = useContext(ClassroomContext);
  if (role?.kind !== 'teacher') return null;
  return <TeacherControls lang={lang} session={role.session} />;
}

function TeacherControls({ lang, session }: { lang: Locale; session: TeacherSession }) {
  const state = useSignal(session.state);
  const [open, setOpen] = useState(true);
  const w = classWords[lang];
  if (state.phase !== 'live' || !state.code) {
    const busy = state.phase === 'starting' && state.link !== 'no-server';
    return (
      <span className={styles.teacherStart} data-classroom="">
        <Button onClick={() => void session.start()} disabled={busy} data-testid="class-start">
          {busy ? w.starting : w.start}
        </Button>
        {state.link === 'no-server' ? <span role="alert" className={styles.note}>{w.noServer}</span> : null}
        {state.phase === 'failed' ? <span role="alert" className={styles.note}>{w.failed}</span> : null}
      </span>
    );
  }
  return (
    <>
      <Button aria-expanded={open} onClick={() => setOpen((o) => !o)} data-classroom="">
        {w.title} <strong data-testid="class-code">{state.code}</strong> · <span data-testid="class-count">{w.students(state.roster.length)}</span>
      </Button>
      {open ? <Drawer lang={lang} session={session} code={state.code} /> : null}
    </>
  );
}

function Drawer({ lang, session, code }: { lang: Locale; session: TeacherSession; code: string }) {
  const state = useSignal(session.state);
  const [screen, setScreen] = useScreen();
  const w = classWords[lang];
  const answers = Object.values(state.answers);
  const url = joinUrl(lang, code);
  const joinShown = screen.show === 'join';
  /** A question's words from this deck's slides (the teacher's language) and its bars. */
  const results = (question: string) => {
    const text = questionText(question);
    return { question, title: text?.prompt || question.replace(/^\w+:/, ''), bins: histogram(answers, question, lang, text?.options) };
  };
  // Results on the projector stay live as answers come in (no deps: it compares, and sets only a change).
  useEffect(() => {
    if (screen.show !== 'results') return;
    const now = results(screen.question);
    if (JSON.stringify(now) !== JSON.stringify({ question: screen.question, title: screen.title, bins: screen.bins })) setScreen({ show: 'results', ...now });
  });
  return (
    <aside className={styles.drawer} aria-label={w.title} data-classroom="" data-testid="class-drawer">
      {state.link === 'reconnecting' ? <p role="status" className={styles.note}>{w.reconnecting}</p> : null}
      <div className={styles.joinRow}>
        <JoinQr text={url} label={w.qr} size={120} />
        <div>
          <p className={styles.kicker}>{w.code}</p>
          <p className={styles.code}>{code}</p>
          <p className={styles.url}>{url}</p>
        </div>
      </div>
      <p className={styles.note} data-testid="class-roster">
        {w.students(state.roster.length)}
        {state.roster.some((entry) => entry.nickname) ? `: ${state.roster.map((entry) => entry.nickname).filter(Boolean).join(', ')}` : ''}
      </p>
      <div className={styles.actions}>
        <Button className={styles.toggle} aria-pressed={joinShown} onClick={() => setScreen(joinShown ? { show: 'none' } : { show: 'join', code, url })}>
          {joinShown ? w.hideJoin : w.showJoin}
        </Button>
        <Button disabled={answers.length === 0} onClick={() => download(`answers-${code}.csv`, answersCsv(answers))}>
          {w.export}
        </Button>
        <Button onClick={() => void session.end().then(() => setScreen({ show: 'none' }))}>
          {w.end}
        </Button>
      </div>
      <h2 className={styles.kicker}>{w.results}</h2>
      {answers.length === 0 ? <p className={styles.note}>{w.noAnswers}</p> : null}
      {questionsAnswered(answers)
        .reverse()
        .map((question) => {
          const now = results(question);
          const shown = screen.show === 'results' && screen.question === question;
          const total = now.bins.reduce((sum, bin) => sum + bin.count, 0);
          return (
            <section key={question} className={styles.question} data-question={question}>
              <p className={styles.questionTitle}>
                <span>{now.title}</span> <span className={styles.note}>{w.answers(total)}</span>
              </p>
              <Histogram bins={now.bins} label={`${w.question}: ${now.title}`} />
              <Button className={styles.toggle} aria-pressed={shown} onClick={() => setScreen(shown ? { show: 'none' } : { show: 'results', ...now })}>
                {shown ? w.hideResults : w.showResults}
              </Button>
            </section>
          );
        })}
    </aside>
  );
}

/** Saves text as a file on the teacher's computer (nothing leaves the browser). */
function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
