import type { Locale } from '@/lib/i18n';
import type { RacerId } from './descend';

interface Words {
  title: string;
  curveHeading: string;
  curveLabel: string;
  weight: string;
  lr: string;
  step: string;
  play: string;
  pause: string;
  reset: string;
  steps: (n: number) => string;
  slope: string;
  loss: string;
  nextStep: string;
  settled: string;
  off: (w: string) => string;
  diverged: string;
  curveSummary: (steps: number, w: string, slope: string, loss: string) => string;
  mapHeading: string;
  mapHint: string;
  mapLabel: string;
  startLabel: (w1: string, w2: string) => string;
  racer: Record<RacerId, string>;
  method: string;
  bottom: string;
  notYet: string;
  atStep: (n: number) => string;
  mapSummary: (steps: number, w1: string, w2: string, parts: string[]) => string;
  racerSummary: (name: string, loss: string) => string;
}

/** Everything RollingDownhill says, in both languages. */
export const words: Record<Locale, Words> = {
  zh: {
    title: '下山：梯度下降走一走',
    curveHeading: '一条损失曲线',
    curveLabel: '损失随权重 w 变化的曲线；小球是现在的 w，虚线是它脚下的切线',
    weight: '权重 w',
    lr: '学习速率 η',
    step: '走一步',
    play: '连续走',
    pause: '暂停',
    reset: '回到起点',
    steps: (n) => `第 ${n} 步`,
    slope: '坡度',
    loss: '损失',
    nextStep: '下一步',
    settled: '坡度几乎是 0：小球停下了。',
    off: (w) => `这一步迈得太大，小球飞出了图（w = ${w}）：发散了。调小 η 再试。`,
    diverged: '这一步算出了无穷大：发散了。调小 η 再试。',
    curveSummary: (n, w, s, l) => `曲线上走了 ${n} 步：w = ${w}，坡度 ${s}，损失 ${l}。`,
    mapHeading: '等高线地图：两个权重',
    mapHint: '拖动起点（或选中它后按方向键），三种方法从同一个起点出发。',
    mapLabel: '两个权重的损失等高线图，以及三种方法走过的路',
    startLabel: (a, b) => `起点 w₁ = ${a}，w₂ = ${b}。方向键移动起点。`,
    racer: { sgd: '梯度下降', momentum: '动量', adam: 'Adam' },
    method: '方法',
    bottom: '到谷底 (<0.01)',
    notYet: '还没到',
    atStep: (n) => `第 ${n} 步`,
    mapSummary: (n, a, b, parts) => `等高线图：从 (${a}, ${b}) 出发走了 ${n} 步；${parts.join('；')}。`,
    racerSummary: (name, l) => `${name}的损失 ${l}`,
  },
  en: {
    title: 'Downhill: gradient descent on the move',
    curveHeading: 'A loss curve',
    curveLabel: 'Loss against the weight w; the ball is the current w, the dashed line the tangent under it',
    weight: 'Weight w',
    lr: 'Learning rate η',
    step: 'Step',
    play: 'Play',
    pause: 'Pause',
    reset: 'Back to start',
    steps: (n) => `step ${n}`,
    slope: 'slope',
    loss: 'loss',
    nextStep: 'next step',
    settled: 'The slope is almost 0: the ball has come to rest.',
    off: (w) => `That step was so big the ball flew off the chart (w = ${w}): diverged. Try a smaller η.`,
    diverged: 'That step produced an infinite number: diverged. Try a smaller η.',
    curveSummary: (n, w, s, l) => `On the curve after ${n} steps: w = ${w}, slope ${s}, loss ${l}.`,
    mapHeading: 'Contour map: two weights',
    mapHint: 'Drag the start (or focus it and use the arrow keys); all three methods set off from it.',
    mapLabel: 'Loss contours over two weights, with the paths of three methods',
    startLabel: (a, b) => `Start w₁ = ${a}, w₂ = ${b}. Arrow keys move it.`,
    racer: { sgd: 'Gradient descent', momentum: 'Momentum', adam: 'Adam' },
    method: 'Method',
    bottom: 'Floor (<0.01)',
    notYet: 'not yet',
    atStep: (n) => `step ${n}`,
    mapSummary: (n, a, b, parts) => `Contour map: ${n} steps from (${a}, ${b}); ${parts.join('; ')}.`,
    racerSummary: (name, l) => `${name} loss ${l}`,
  },
};
