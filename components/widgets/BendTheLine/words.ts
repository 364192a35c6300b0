import type { Locale } from '@/lib/i18n';
import type { Side } from './config';

/** One side's numbers, formatted. */
export interface SideFacts {
  loss: string;
  accuracy: string;
}

/** Everything BendTheLine says, in both languages. */
export const words: Record<Locale, {
  title: string;
  side: Record<Side, string>;
  note: Record<Side, string>;
  loss: string;
  accuracy: string;
  measured: string;
  step: (n: number) => string;
  play: string;
  pause: string;
  stepButton: string;
  reset: string;
  done: string;
  boundary: (side: string) => string;
  diverged: string;
  blownUp: string;
  running: string;
  summary: (steps: number, left: SideFacts, right: SideFacts) => string;
}> = {
  zh: {
    title: '同一个网络，弯不弯',
    side: { identity: '没有激活函数', tanh: 'tanh' },
    note: { identity: '每个神经元把 z 原样传下去', tanh: '每个神经元把 z 交给 tanh' },
    loss: '损失',
    accuracy: '答对',
    measured: '损失和答对率都在 200 个没训练过的点上测量。',
    step: (n) => `第 ${n} 步`,
    play: '播放',
    pause: '暂停',
    stepButton: '一步',
    reset: '重置',
    done: '练完了，两边都停在这一步。',
    boundary: (side) => `${side}：背景是网络对每个位置的回答，橙色一类、蓝色一类；圆点是数据，中间一团和外面一圈颜色不同。`,
    diverged: '发散了',
    blownUp: '大得没法显示',
    running: '两个网络正在一起训练。按暂停可以听到各项数字。',
    summary: (n, l, r) => `第 ${n} 步：没有激活函数的网络，损失 ${l.loss}，答对 ${l.accuracy}；tanh 网络，损失 ${r.loss}，答对 ${r.accuracy}。`,
  },
  en: {
    title: 'The same network, bent or not',
    side: { identity: 'No activation', tanh: 'tanh' },
    note: { identity: 'each neuron passes z straight on', tanh: 'each neuron hands z to tanh' },
    loss: 'Loss',
    accuracy: 'Correct',
    measured: 'Loss and share correct are measured on 200 points neither network trained on.',
    step: (n) => `Step ${n}`,
    play: 'Play',
    pause: 'Pause',
    stepButton: 'One step',
    reset: 'Reset',
    done: 'Finished: both sides stopped at this step.',
    boundary: (side) => `${side}: the background is the network’s answer at every spot, orange for one class and blue for the other; the dots are the data, a clump in the middle and a ring around it.`,
    diverged: 'diverged',
    blownUp: 'too large to show',
    running: 'Both networks are training together. Pause to hear the numbers.',
    summary: (n, l, r) => `Step ${n}: with no activation, loss ${l.loss}, ${l.accuracy} correct; with tanh, loss ${r.loss}, ${r.accuracy} correct.`,
  },
};
