import type { Locale } from '@/lib/i18n';

/** Everything BreedSchool says, in both languages. */
export const words: Record<Locale, {
  title: string;
  play: string;
  pause: string;
  reset: string;
  accuracy: string;
  step: (n: number) => string;
  chart: string;
  stepAxis: string;
  testAccuracy: string;
  goal: (percent: string) => string;
  reached: (percent: string, step: number) => string;
  drawing: string;
  challenge: (percent: string, neurons: number) => string;
  toPlayground: string;
  summary: (v: { step: number; accuracy: string; right: number; total: number }) => string;
  running: string;
  rate: (lr: string) => string;
  rateMark: (lr: string) => string;
}> = {
  en: {
    title: 'The whole network learns four breeds',
    play: 'Train',
    pause: 'Pause',
    reset: 'Start over',
    accuracy: 'Test accuracy',
    step: (n) => `after ${n} steps`,
    chart: 'Test accuracy over training steps',
    stepAxis: 'step',
    testAccuracy: 'test accuracy',
    goal: (p) => `goal ${p} %`,
    reached: (p, step) => `Passed ${p} % at step ${step}.`,
    drawing: 'Drawing 1200 dog pictures…',
    challenge: (p, n) => `Your turn: in the playground, reach ${p} % test accuracy with at most ${n} hidden neurons in all.`,
    toPlayground: 'Take the challenge in the playground →',
    summary: ({ step, accuracy, right, total }) => `Step ${step}: test accuracy ${accuracy} %, ${right} of ${total} test pictures guessed right.`,
    running: 'Training…',
    rate: (lr) => `Adam, learning rate ${lr}`,
    rateMark: (lr) => `η → ${lr}`,
  },
  zh: {
    title: '整张网络学认四种狗',
    play: '开始训练',
    pause: '暂停',
    reset: '从头再来',
    accuracy: '测试准确率',
    step: (n) => `训练了 ${n} 步`,
    chart: '测试准确率随训练步数的变化',
    stepAxis: '步数',
    testAccuracy: '测试准确率',
    goal: (p) => `目标 ${p}%`,
    reached: (p, step) => `第 ${step} 步超过了 ${p}%。`,
    drawing: '正在画 1200 张狗的图片……',
    challenge: (p, n) => `轮到你了：在游乐场里，用总共不超过 ${n} 个隐藏神经元，让测试准确率达到 ${p}%。`,
    toPlayground: '去游乐场接受挑战 →',
    summary: ({ step, accuracy, right, total }) => `第 ${step} 步：测试准确率 ${accuracy}%，${total} 张测试图片猜对了 ${right} 张。`,
    running: '训练中……',
    rate: (lr) => `Adam 优化器，学习速率 ${lr}`,
    rateMark: (lr) => `η → ${lr}`,
  },
};
