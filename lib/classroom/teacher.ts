import type { Socket } from 'socket.io-client';
import type { DeckLink } from '@/lib/present/link';
import type { DeckMessage } from '@/lib/present/messages';
import { createSignal, type Signal } from '@/lib/present/signal';
import { openSocket, request, type Link } from './connect';
import { tabStore } from './storage';
import { withWhere } from './where';
import type { AnswerRecord, RosterEntry } from './protocol.mjs';

export interface TeacherState {
  /** idle: no session; live: students can join; ended: the teacher closed it. */
  phase: 'idle' | 'starting' | 'live' | 'failed';
  link: Link;
  code: string | null;
  roster: RosterEntry[];
  /** The latest answer of each student to each question, keyed `student|question`. */
  answers: Record<string, AnswerRecord>;
}

export interface TeacherSession {
  state: Signal<TeacherState>;
  /** The presenter window's link to the students: its deck messages go to the room. */
  link: DeckLink;
  start(): Promise<void>;
  end(): Promise<void>;
  close(): void;
}

interface Held {
  code: string;
  token: string;
}

/** Joins within this long of each other make one ask for the runs' whole states. */
const CATCH_UP_MS = 400;

const storageKey = (lang: string, slug: string) => `neuron-story/class/teacher/${lang}/${slug}`;
const keyOf = (answer: AnswerRecord) => `${answer.student}|${answer.question}`;

/**
 * The teacher's side of a session, owned by the presenter window. The token that lets it drive
 * stays in this tab (sessionStorage), so a reload or a lost connection takes the session back;
 * after each (re)connection the deck is asked for its whole state ('hello'), which goes to the
 * students as a 'sync'.
 */
export function createTeacherSession(lang: string, slug: string): TeacherSession {
  const state = createSignal<TeacherState>({ phase: 'idle', link: 'connecting', code: null, roster: [], answers: {} });
  const update = (patch: Partial<TeacherState>) => state.set({ ...state.get(), ...patch });
  const listeners = new Set<(message: DeckMessage) => void>();
  let held = tabStore.get<Held>(storageKey(lang, slug));
  let socket: Socket | null = null;
  let driving = false;
  /** The runs this deck has sent to the students (their ids), for students who come later. */
  const runs = new Set<string>();
  let catchUp: ReturnType<typeof setTimeout> | undefined;
  /**
   * A student who comes in (or back) got only the last message of each run from the server, a
   * delta: the deck is asked for each run's whole state ('run-hello', as a mirror window asks),
   * which goes to the class. Joins in a burst (a class arriving) make one ask.
   */
  const askWholeRuns = () => {
    clearTimeout(catchUp);
    catchUp = setTimeout(() => {
      if (driving) runs.forEach((id) => listeners.forEach((hear) => hear({ kind: 'run-hello', id })));
    }, CATCH_UP_MS);
  };

  async function takeOver() {
    if (!socket || !held) return;
    const reply = await request(socket, 'teach', { ...held, lang, slug });
    if (!reply.ok) {
      if (reply.error === 'not-teacher' || reply.error === 'invalid') forget();
      return;
    }
    driving = true;
    update({ phase: 'live', code: held.code });
    // The deck answers a hello with a sync of everything: the students catch up at once.
    listeners.forEach((hear) => hear({ kind: 'hello' }));
  }

  function connect() {
    if (socket) return socket;
    const made = openSocket((link) => {
      if (link !== 'online') driving = false;
      update({ link });
    });
    made.on('connect', () => void takeOver());
    made.on('roster', (roster: RosterEntry[]) => {
      update({ roster });
      askWholeRuns();
    });
    made.on('answers', (all: AnswerRecord[]) => update({ answers: Object.fromEntries(all.map((a) => [keyOf(a), a])) }));
    made.on('answer', (answer: AnswerRecord) => update({ answers: { ...state.get().answers, [keyOf(answer)]: answer } }));
    socket = made;
    return made;
  }

  function forget() {
    held = null;
    driving = false;
    tabStore.remove(storageKey(lang, slug));
    update({ phase: 'idle', code: null, roster: [], answers: {} });
  }

  // A session this tab started before a reload: take it back at once.
  if (held) {
    update({ phase: 'starting' });
    connect();
  }

  return {
    state,
    link: {
      post(message) {
        // While offline nothing is queued: the sync after the reconnection carries it all.
        if (message.kind === 'run') runs.add(message.id);
        if (driving && socket?.connected && message.kind !== 'hello') socket.emit('drive', withWhere(message));
      },
      listen(hear) {
        listeners.add(hear);
        return () => listeners.delete(hear);
      },
      close: () => undefined,
    },
    async start() {
      if (state.get().phase === 'live') return;
      update({ phase: 'starting' });
      const made = connect();
      if (!made.connected) await new Promise((done) => made.once('connect', () => done(undefined)));
      const reply = await request<{ code: string; token: string }>(made, 'start', { lang, slug });
      if (!reply.ok) return update({ phase: 'failed' });
      held = { code: reply.code, token: reply.token };
      tabStore.set(storageKey(lang, slug), held);
      driving = true;
      update({ phase: 'live', code: reply.code });
      listeners.forEach((hear) => hear({ kind: 'hello' }));
    },
    async end() {
      if (socket) await request(socket, 'end');
      forget();
    },
    close() {
      clearTimeout(catchUp);
      socket?.disconnect();
      socket = null;
    },
  };
}
