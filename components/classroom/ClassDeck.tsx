'use client';

import { useEffect, useMemo, useState } from 'react';
import { codeSchema, parse } from '@/lib/classroom/protocol.mjs';
import { createStudentSession } from '@/lib/classroom/student';
import { createTeacherSession } from '@/lib/classroom/teacher';
import { tabStore } from '@/lib/classroom/storage';
import { Deck, type DeckProps } from '@/components/present/Deck';
import { ClassroomContext, type ClassroomRole } from './ClassroomContext';

export const NICKNAME_KEY = 'neuron-story/class/nickname';

/** This window's part, from its URL: `?class=CODE` is a student's deck, `?presenter` may teach. */
function roleFromUrl(lang: string, slug: string): ClassroomRole | null {
  const params = new URLSearchParams(window.location.search);
  const code = params.has('class') ? parse(codeSchema, params.get('class')) : null;
  if (code) return { kind: 'student', code, session: createStudentSession(code, tabStore.get<string>(NICKNAME_KEY) ?? '') };
  if (params.has('presenter')) return { kind: 'teacher', session: createTeacherSession(lang, slug) };
  return null;
}

/** The deck, joined to a class session when this window teaches or follows one. */
export function ClassDeck(props: DeckProps) {
  const { lang, slug } = props;
  const [role, setRole] = useState<ClassroomRole | null>(null);
  useEffect(() => {
    // The page is prerendered once for every view: the URL is known only in the browser.
    const made = roleFromUrl(lang, slug);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- reading the URL after hydration is the point
    setRole(made);
    return () => made?.session.close();
  }, [lang, slug]);
  const links = useMemo(() => (role ? [role.session.link] : undefined), [role]);
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
      <Deck {...props} links={links} />
    </ClassroomContext>
  );
}
