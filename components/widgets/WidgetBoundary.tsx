'use client';

import { Component, useContext, type ReactNode } from 'react';
import type { Locale } from '@/lib/i18n';
import { Button } from '@/components/controls/Button';
import { WidgetInstanceContext, WidgetStateContext } from './state';
import styles from './WidgetFrame.module.css';

const words = {
  zh: { broke: '这个互动组件出了点问题，但这一章的其余部分不受影响。', reset: '重置这个组件' },
  en: { broke: 'This widget ran into a problem; the rest of the chapter is fine.', reset: 'Reset this widget' },
};

type Props = { lang: Locale; onReset: () => void; children: ReactNode };

/**
 * Keeps one broken widget from breaking the chapter: shows a note and a button that
 * mounts the widget afresh, with its shared state cleared (its initial, seeded state).
 */
export function WidgetBoundary({ lang, children }: { lang: Locale; children: ReactNode }) {
  const store = useContext(WidgetStateContext);
  const instance = useContext(WidgetInstanceContext);
  return (
    <Boundary lang={lang} onReset={() => instance !== null && store.clear(instance)}>
      {children}
    </Boundary>
  );
}

class Boundary extends Component<Props, { failed: boolean; generation: number }> {
  state = { failed: false, generation: 0 };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  componentDidCatch(error: unknown) {
    console.warn('widget failed', error);
  }

  render() {
    if (!this.state.failed) return <div key={this.state.generation}>{this.props.children}</div>;
    const w = words[this.props.lang];
    return (
      <div className={styles.frame} role="alert" data-widget-error="">
        <p>{w.broke}</p>
        <Button
          onClick={() => {
            this.props.onReset();
            this.setState((s) => ({ failed: false, generation: s.generation + 1 }));
          }}
        >
          {w.reset}
        </Button>
      </div>
    );
  }
}
