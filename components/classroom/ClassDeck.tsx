'use client';

import { useEffect, useState } from 'react';
import { codeSchema, parse } from '@/lib/classroom/protocol.mjs';
import { createStudentSession } from '@/lib/classroom/student';
import { createTeacherSession } from '@/lib/classroom/teacher';
import { tabStore } from '@/lib/classroom/storage';
import type { DeckLink } from '@/lib/present/link';
import type { DeckMessage } from '@/lib/present/messages';
import { Deck, type DeckProps } from '@/components/present/Deck';
import { ClassroomContext, type ClassroomRole } from './ClassroomContext';
import styles from './Classroom.module.css';

export const NICKNAME_KEY = 'neuron-story/class/nickname';

/** This window's part, from its URL: `?class=CODE` is a student's deck, `?presenter` may teach. */
function roleFromUrl(lang: string, slug: string): ClassroomRole | null {
  const params = new URLSearchParams(window.location.search);
  const code = params.has('class') ? parse(codeSchema, params.get('class')) : null;
  if (code) return { kind: 'student', code, session: createStudentSession(code, tabStore.get<string>(NICKNAME_KEY) ?? '') };
  if (params.has('presenter')) return { kind: 'teacher', session: createTeacherSession(lang, slug) };
  return null;
}

/**
 * One link for the deck's whole life that passes messages to and from the session's link once
 * there is one: the deck's links never change after mount (the role is known only then).
 */
function createRelayLink() {
  const listeners = new Set<(message: DeckMessage) => void>();
  let target: DeckLink | null = null;
  let off = () => {};
  const link: DeckLink = {
    post: (message) => target?.post(message),
    listen(hear) {
      listeners.add(hear);
      return () => listeners.delete(hear);
    },
    close: () => undefined,
  };
  return {
    links: [link],
    use(next: DeckLink | null) {
      off();
      target = next;
      const stop = next?.listen((message) => listeners.forEach((hear) => hear(message)));
      off = () => stop?.();
    },
  };
}

/** The deck, joined to a class session when this window teaches or follows one. */
export function ClassDeck(props: DeckProps) {
  const { lang, slug } = props;
  const [role, setRole] = useState<ClassroomRole | null>(null);
  const [relay] = useState(createRelayLink);
  // A student's deck only draws the teacher's runs (never trains a copy): known from the URL at
  // once, since the deck's run host is made on its first render, before the role effect below.
  const [follow] = useState(() => typeof window !== 'undefined' && new URLSearchParams(window.location.search).has('class'));
  useEffect(() => {
    // The page is prerendered once for every view: the URL is known only in the browser.
    const made = roleFromUrl(lang, slug);
    relay.use(made?.session.link ?? null);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- reading the URL after hydration is the point
    setRole(made);
    return () => {
      relay.use(null);
      made?.session.close();
    };
  }, [lang, slug, relay]);
  // A student's touch on the slides (not on a question): widget changes now are the student's own.
  useEffect(() => {
    if (role?.kind !== 'student') return;
    const touch = (event: Event) => {
      if (!(event.target instanceof Element) || !event.target.closest('[data-check], [data-predict], [data-classroom]')) role.session.touched();
    };
    document.addEventListener('pointerdown', touch, true);
    document.addEventListener('keydown', touch, true);
    return () => {
      document.removeEventListener('pointerdown', touch, true);
      document.removeEventListener('keydown', touch, true);
    };
  }, [role]);
  return (
    <ClassroomContext value={role}>
      {/* A student's deck on a small screen is laid out as a page (Classroom.module.css), not a shrunk projector. */}
      <div className={role?.kind === 'student' ? styles.follow : undefined}>
        <Deck {...props} links={relay.links} follow={follow} />
      </div>
    </ClassroomContext>
  );
}
