import type { ToyKind } from '@/lib/nn/datasets/index';
import type { Locale } from '@/lib/i18n';

/** What a paused floor reports, already formatted. */
export interface FloorFacts {
  kind: string;
  batch: number;
  lr: string;
  examples: string;
  steps: string;
  epochs: string;
  trainLoss: string;
  testLoss: string;
  target: string;
  reachedAt: number | null;
}

/** Everything TrainingFloor says, in both languages. */
export const words: Record<Locale, {
  title: string;
  kinds: Record<ToyKind, string>;
  dataset: string;
  batchSize: string;
  learningRate: string;
  play: string;
  pause: string;
  step: string;
  epoch: string;
  reset: string;
  examples: string;
  steps: string;
  epochs: string;
  arithmetic: (trainSize: number, batch: number, perEpoch: number) => string;
  liveRate: (lr: string) => string;
  tray: (batch: number) => string;
  network: string;
  boundary: string;
  trainDots: string;
  testDots: string;
  trainLoss: string;
  testLoss: string;
  targetLine: string;
  lossAxis: string;
  stepAxis: string;
  chart: string;
  target: (target: string) => string;
  lossNow: (loss: string) => string;
  reached: (step: number) => string;
  diverged: string;
  blownUp: string;
  running: string;
  summary: (facts: FloorFacts) => string;
}> = {
  zh: {
    title: '训练车间',
    kinds: { spiral: '螺旋', circle: '圆环', xor: '异或', gauss: '高斯', moons: '月牙' },
    dataset: '数据的形状',
    batchSize: '批次大小',
    learningRate: '学习速率',
    play: '播放',
    pause: '暂停',
    step: '一步',
    epoch: '一轮',
    reset: '重置',
    examples: '看过的例子',
    steps: '步数（批次）',
    epochs: '轮数',
    arithmetic: (n, b, k) => `训练集 ${n} 个例子 · 批次大小 ${b} · 每轮 ${n} ÷ ${b} = ${k} 步`,
    liveRate: (r) => `车间正在用的学习速率：${r}`,
    tray: (b) => `一个托盘 = 一个批次 = ${b} 个例子`,
    network: '网络',
    boundary: '决策边界：背景是网络对每个位置的回答，橙色是一类，蓝色是另一类；实心点是训练例子，空心点是测试例子。',
    trainDots: '● 训练例子',
    testDots: '○ 测试例子',
    trainLoss: '训练集损失',
    testLoss: '测试集损失',
    targetLine: '达标线',
    lossAxis: '损失',
    stepAxis: '步',
    chart: '损失曲线：训练集和测试集上的损失随步数的变化',
    target: (t) => `程序员定的达标线：训练损失低于 ${t}`,
    lossNow: (l) => `现在的训练损失：${l}`,
    reached: (s) => `达标了！第 ${s} 步时训练损失已经低于达标线。`,
    diverged: '发散了：数字大得算不下去，训练停了。调小学习速率，再按重置。',
    blownUp: '大得没法显示',
    running: '训练进行中。按暂停可以听到各项数字。',
    summary: (f) =>
      `${f.kind}数据，批次大小 ${f.batch}，学习速率 ${f.lr}：看过 ${f.examples} 个例子，走了 ${f.steps} 步，${f.epochs} 轮。训练集损失 ${f.trainLoss}，测试集损失 ${f.testLoss}。` +
      (f.reachedAt === null ? `还没到达标线 ${f.target}。` : `第 ${f.reachedAt} 步时已达标。`),
  },
  en: {
    title: 'The training floor',
    kinds: { spiral: 'Spiral', circle: 'Circle', xor: 'XOR', gauss: 'Gauss', moons: 'Moons' },
    dataset: 'Shape of the data',
    batchSize: 'Batch size',
    learningRate: 'Learning rate',
    play: 'Play',
    pause: 'Pause',
    step: 'One step',
    epoch: 'One epoch',
    reset: 'Reset',
    examples: 'Examples seen',
    steps: 'Steps (batches)',
    epochs: 'Epochs',
    arithmetic: (n, b, k) => `Training set: ${n} examples · batch size ${b} · ${n} ÷ ${b} = ${k} steps per epoch`,
    liveRate: (r) => `The floor is running at learning rate ${r}`,
    tray: (b) => `one tray = one batch = ${b} example${b === 1 ? '' : 's'}`,
    network: 'network',
    boundary: 'Decision boundary: the background is the network’s answer at every spot, orange for one class and blue for the other; filled dots are training examples, hollow dots test examples.',
    trainDots: '● training examples',
    testDots: '○ test examples',
    trainLoss: 'training loss',
    testLoss: 'test loss',
    targetLine: 'target',
    lossAxis: 'loss',
    stepAxis: 'step',
    chart: 'Loss curves: the loss on the training set and on the test set, step by step',
    target: (t) => `The programmers’ target: training loss below ${t}`,
    lossNow: (l) => `Training loss now: ${l}`,
    reached: (s) => `Target reached! By step ${s} the training loss was below the line.`,
    diverged: 'Diverged: the numbers grew too large to compute, so training stopped. Lower the learning rate and press Reset.',
    blownUp: 'too large to show',
    running: 'Training is running. Pause to hear the numbers.',
    summary: (f) =>
      `${f.kind}, batches of ${f.batch}, learning rate ${f.lr}: ${f.examples} examples seen, ${f.steps} steps, ${f.epochs} epochs. Training loss ${f.trainLoss}, test loss ${f.testLoss}. ` +
      (f.reachedAt === null ? `The target of ${f.target} is not reached yet.` : `Target reached by step ${f.reachedAt}.`),
  },
};
