'use client';

import { useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { Locale } from '@/lib/i18n';
import { jumpTo, nextPosition, previousPosition, type Position } from '@/lib/present/deck';
import type { DeckAction } from '@/lib/present/keys';
import { broadcastLink, type DeckLink } from '@/lib/present/link';
import { createSignal, sameDeckState, type DeckState, type Pointer } from '@/lib/present/signal';
import { WidgetStateContext, createWidgetStore } from '@/components/widgets/state';
import { LoadAllWidgets } from '@/components/widgets/LazyWidget';
import { TrainerHostContext } from '@/components/trainer/host';
import { DeckContext, type DeckContextValue } from './DeckContext';
import { useDeckChannel } from './useDeckChannel';
import { useRunMirror } from './useRunMirror';
import { useDeckKeys } from './useDeckKeys';
import { useHashSync } from './useHashSync';
import { useStageScale } from './useStageScale';
import { useSwipe } from './useSwipe';
import { useView } from './useView';
import { useIdle } from './useIdle';
import { Controls } from './Controls';
import { Laser } from './Laser';
import { HelpDialog } from './HelpDialog';
import { GotoDialog } from './GotoDialog';
import { PresenterPanel } from './PresenterPanel';
import { TermDialog, termFromClick, type TermInfo } from './TermDialog';
import { words } from './words';
import styles from './Deck.module.css';

export interface DeckProps {
  lang: Locale;
  slug: string;
  /** Reveal steps of each slide, the title slide first; its length is the number of slides. */
  steps: number[];
  /** The title slide, then the chapter's slides. */
  children: ReactNode;
  /** Links to other devices (a classroom), besides this browser's other deck windows. */
  links?: DeckLink[];
  /** Only follow the deck's runs, never train or drive them (a classroom student's deck). */
  follow?: boolean;
}

type Dialog = 'help' | 'goto' | null;

const NO_LINKS: DeckLink[] = [];

/** This browser's channel for the chapter's windows, plus any `extra` links, open while mounted (null before). */
function useDeckLinks(lang: string, slug: string, extra: DeckLink[]): DeckLink[] | null {
  const [links, setLinks] = useState<DeckLink[] | null>(null);
  useEffect(() => {
    const own = broadcastLink(lang, slug);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a channel exists only in the browser, after mount
    setLinks(own ? [own, ...extra] : extra);
    return () => own?.close();
  }, [lang, slug, extra]);
  return links;
}

/** A chapter as slides: one window of the projector/presenter pair, or the handout. */
export function Deck({ lang, slug, steps, children, links: extra = NO_LINKS, follow = false }: DeckProps) {
  const view = useView();
  const [deck] = useState(() => createSignal<DeckState>({ index: 0, step: 0, black: false }, sameDeckState));
  const [pointer] = useState(() => createSignal<Pointer>({ x: 0, y: 0, visible: false }));
  const [widgets] = useState(() => createWidgetStore());
  const state = useSyncExternalStore(deck.subscribe, deck.get, deck.get);
  const [overview, setOverview] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [term, setTerm] = useState<TermInfo | null>(null);
  const [large, setLarge] = useState(false);
  const screen = useRef<HTMLDivElement>(null);
  const main = useRef<HTMLElement>(null);
  const scale = useStageScale(screen, view);
  const idle = useIdle();
  const w = words[lang];

  useHashSync(deck, steps);
  const links = useDeckLinks(lang, slug, extra);
  useDeckChannel({ links: links ?? NO_LINKS, steps, deck, widgets, pointer });
  const runs = useRunMirror(links, follow);

  const move = (to: Position) => deck.set({ ...deck.get(), ...to });
  const context = useMemo<DeckContextValue>(
    () => ({
      position: { index: state.index, step: state.step },
      view,
      overview,
      pick(index) {
        deck.set({ ...deck.get(), ...jumpTo(index, steps) });
        setOverview(false);
      },
    }),
    [state.index, state.step, view, overview, deck, steps],
  );

  const run = (action: DeckAction) => {
    if ((dialog || term) && action !== 'close' && action !== 'help') return;
    const now = deck.get();
    if (action === 'next') move(nextPosition(now, steps));
    else if (action === 'previous') move(previousPosition(now, steps));
    else if (action === 'first') move(jumpTo(0, steps));
    else if (action === 'last') move(jumpTo(steps.length - 1, steps));
    else if (action === 'black') deck.set({ ...now, black: !now.black });
    else if (action === 'overview') setOverview((open) => !open);
    else if (action === 'goto') setDialog('goto');
    else if (action === 'help') setDialog((open) => (open === 'help' ? null : 'help'));
    else if (action === 'presenter' && view !== 'presenter') openPresenter(now.index);
    else if (action === 'handout') window.open(`${window.location.pathname}?handout`, `handout-${lang}-${slug}`);
    else if (action === 'fullscreen') toggleFullscreen();
    else if (dialog || overview) {
      setDialog(null);
      setOverview(false);
    } else if (now.black) deck.set({ ...now, black: false });
  };
  useDeckKeys(run, main);
  // In the overview the current slide's tile has the focus, so arrows then Enter pick a slide.
  useEffect(() => {
    if (overview) screen.current?.querySelector<HTMLElement>(`[data-slide="${state.index}"] > button`)?.focus();
  }, [overview, state.index]);
  const swipe = useSwipe((direction) => run(direction));

  return (
    <DeckContext value={context}>
      <WidgetStateContext value={widgets}>
        {/* Every slide's widget is drawn at once: a slide turned to, or printed, never waits for one. */}
        <TrainerHostContext value={runs.host}>
        <LoadAllWidgets value>
          <main
            ref={main}
            id="main"
            tabIndex={-1}
            className={styles.deck}
            data-view={view}
            data-overview={overview ? '' : undefined}
            data-ready={scale === null ? undefined : ''}
            data-black={state.black ? '' : undefined}
            data-large={large && view === 'presenter' ? '' : undefined}
            data-idle={idle && view === 'projector' ? '' : undefined}
            data-runs={runs.owns ? 'own' : 'mirror'}
            aria-roledescription={w.slides}
            {...swipe}
            onClickCapture={openTerm}
          >
            <div className={styles.screen} ref={screen} style={{ '--s': scale ?? 1 } as React.CSSProperties}>
              <div className={`prose ${styles.slides}`}>{children}</div>
              <Laser pointer={pointer} screen={screen} follow={view === 'presenter'} />
              {state.black ? <div className={styles.black} role="status" aria-label={w.black} data-testid="black-screen">{view === 'presenter' ? w.blackOn : null}</div> : null}
            </div>
            {view === 'presenter' ? <PresenterPanel lang={lang} position={state} steps={steps} large={large} onLarge={setLarge} /> : null}
            <Controls lang={lang} view={view} index={state.index} total={steps.length} run={run} />
            {dialog === 'help' ? <HelpDialog lang={lang} onClose={() => setDialog(null)} /> : null}
            {term ? <TermDialog lang={lang} term={term} onClose={() => setTerm(null)} /> : null}
            {dialog === 'goto' ? <GotoDialog lang={lang} total={steps.length} onGo={(n) => { move(jumpTo(n - 1, steps)); setDialog(null); }} onClose={() => setDialog(null)} /> : null}
          </main>
        </LoadAllWidgets>
        </TrainerHostContext>
      </WidgetStateContext>
    </DeckContext>
  );

  /** A glossary term clicked on a slide opens as a card here: the projector must not leave the deck. */
  function openTerm(event: React.MouseEvent) {
    const found = view === 'handout' ? null : termFromClick(event.target);
    if (!found) return;
    event.preventDefault();
    setTerm(found);
  }

  function openPresenter(index: number) {
    const url = `${window.location.pathname}?presenter#${index + 1}`;
    window.open(url, `presenter-${lang}-${slug}`, 'popup=yes,width=1280,height=820');
  }
}

function toggleFullscreen() {
  if (document.fullscreenElement) void document.exitFullscreen();
  else void document.documentElement.requestFullscreen?.().catch(() => undefined);
}
