import type { Socket } from 'socket.io-client';
import type { DeckLink } from '@/lib/present/link';
import { parseMessage, type DeckMessage } from '@/lib/present/messages';
import { createSignal, type Signal } from '@/lib/present/signal';
import { openSocket, request, type Link } from './connect';
import { tabStore } from './storage';
import { createTeacherView } from './teacherView';
import { localIndex } from './where';

export interface StudentState {
  /** joining: not in yet; in: following or browsing; missing: no such code; ended: the teacher closed it. */
  phase: 'joining' | 'in' | 'missing' | 'too-many' | 'ended';
  link: Link;
  /** Showing the teacher's slide and state as they come; false once the student browses or plays. */
  following: boolean;
}

export interface StudentSession {
  state: Signal<StudentState>;
  /** The student's deck hears the teacher through this link; it sends nothing back. */
  link: DeckLink;
  /** Back to the teacher's slide and widget state, and following again. */
  snapBack(): void;
  answer(question: string, value: string | number): void;
  /** The student just used a widget (pointer or key): widget changes now are theirs, not a scene's. */
  touched(): void;
  close(): void;
}

interface Joined {
  slug: string;
  student: string;
  messages: unknown[];
}

const storageKey = (code: string) => `neuron-story/class/student/${code}`;
/** While the teacher's side is away (a restarted server), a student who was in keeps asking. */
const REJOIN_EVERY_MS = 1000;
/** How long after a touch a widget change counts as the student's own. */
const TOUCH_MS = 1000;

/**
 * A student's side of a session. The teacher's messages arrive on the socket, are parsed here
 * (parseMessage: what does not fit the deck's schema is dropped) and kept as the teacher's
 * current view; while following they go on to the deck. A local move or widget change means the
 * student is browsing: the teacher's messages are then only kept, until snapBack.
 */
export function createStudentSession(code: string, nickname: string): StudentSession {
  const state = createSignal<StudentState>({ phase: 'joining', link: 'connecting', following: true });
  const update = (patch: Partial<StudentState>) => state.set({ ...state.get(), ...patch });
  const listeners = new Set<(message: DeckMessage) => void>();
  const teacher = createTeacherView();
  /** This student's answers, sent again after each rejoin (the server keeps the latest per question). */
  const answers = new Map<string, string | number>();
  let student = tabStore.get<string>(storageKey(code));
  let rejoin: ReturnType<typeof setTimeout> | undefined;
  let closed = false;
  let lastTouch = -Infinity;

  const deliver = (messages: DeckMessage[]) => messages.forEach((message) => listeners.forEach((hear) => hear(message)));
  const hearTeacher = (data: unknown) => {
    // Slide numbers differ between languages: the teacher's slide is found by its place.
    const message = parseMessage(localIndex(data));
    if (!message) return;
    teacher.apply(message);
    if (state.get().following) deliver(teacher.replay(message));
  };

  async function join(socket: Socket) {
    clearTimeout(rejoin);
    const reply = await request<Joined>(socket, 'join', { code, nickname: nickname || undefined, student: student ?? undefined });
    if (closed) return;
    if (!reply.ok) {
      const wasIn = student !== null;
      if (reply.error === 'not-found' && wasIn) rejoin = setTimeout(() => socket.connected && void join(socket), REJOIN_EVERY_MS);
      else if (reply.error === 'not-found' || reply.error === 'invalid') update({ phase: 'missing' });
      else if (reply.error === 'too-many') update({ phase: 'too-many' });
      return;
    }
    student = reply.student;
    tabStore.set(storageKey(code), student);
    update({ phase: 'in' });
    reply.messages.forEach(hearTeacher);
    for (const [question, value] of answers) socket.emit('answer', { question, value });
  }

  const socket = openSocket((link) => update({ link }));
  socket.on('connect', () => void join(socket));
  socket.on('deck', hearTeacher);
  socket.on('ended', () => {
    tabStore.remove(storageKey(code));
    update({ phase: 'ended' });
    socket.disconnect();
  });

  return {
    state,
    link: {
      post(message) {
        // The deck posts this device's own changes: moving away is browsing, and so is a widget
        // value changed right after the student touched it (a scene also sets values when the
        // teacher's move arrives: those follow the teacher).
        const moved = message.kind === 'deck' && teacher.known() && !teacher.at(message);
        const played = message.kind === 'state' && Date.now() - lastTouch < TOUCH_MS;
        if (moved || played) update({ following: false });
      },
      listen(hear) {
        listeners.add(hear);
        return () => listeners.delete(hear);
      },
      close: () => undefined,
    },
    snapBack() {
      update({ following: true });
      deliver(teacher.all());
    },
    answer(question, value) {
      answers.set(question, value);
      if (state.get().phase === 'in') socket.emit('answer', { question, value });
    },
    touched() {
      lastTouch = Date.now();
    },
    close() {
      closed = true;
      clearTimeout(rejoin);
      socket.disconnect();
    },
  };
}
