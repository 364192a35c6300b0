import type { Locale } from '@/lib/i18n';

/** Everything LayerSignals says, in both languages. Numbers arrive already formatted. */
export const words: Record<
  Locale,
  {
    title: string;
    input: (n: number) => string;
    back: string;
    forward: string;
    play: string;
    pause: string;
    reset: string;
    stages: readonly [string, string, string];
    narration: readonly [string, string, string];
    diagram: string;
    neuron: (n: number) => string;
    passes: string;
    notYet: string;
    describe: (stage: string, n: number, bias: string, z: string, a: string) => string;
    summary: (narration: string, values: string) => string;
  }
> = {
  zh: {
    title: '试一试：信号一层一层往前传',
    input: (n) => `输入 a${n}`,
    back: '上一步',
    forward: '下一步',
    play: '播放',
    pause: '暂停',
    reset: '重来',
    stages: ['输入', '中间一层', '最后一层'],
    narration: [
      '输入：四个数 a1 到 a4 已经送到门口，还没有人算过。按“下一步”，把它们交给中间一层。',
      '中间一层：3 个神经元各自把 4 个输入乘上自己的权重，加起来，再加上自己的偏置，得到 z，然后传出一个信号。',
      '最后一层：2 个神经元收下中间一层传来的 3 个信号，同样乘权重、求和、加偏置；它们传出的，就是整个网络的答案。',
    ],
    diagram: '一个小网络：4 个输入，中间一层 3 个神经元，最后一层 2 个神经元',
    neuron: (n) => `第 ${n} 个神经元`,
    passes: '传出',
    notYet: '还没算到这一层',
    describe: (stage, n, bias, z, a) => `${stage}，第 ${n} 个神经元：偏置 ${bias}，z = ${z}，传出 ${a}`,
    summary: (narration, values) => `${narration} ${values}`,
  },
  en: {
    title: 'Try it: a signal passes layer by layer',
    input: (n) => `Input a${n}`,
    back: 'Previous step',
    forward: 'Next step',
    play: 'Play',
    pause: 'Pause',
    reset: 'Reset',
    stages: ['Inputs', 'Middle layer', 'Last layer'],
    narration: [
      'Inputs: four numbers a1 to a4 have arrived at the door; nothing has been computed yet. Press “Next step” to hand them to the middle layer.',
      'Middle layer: each of the 3 neurons multiplies the 4 inputs by its own weights, adds them up, adds its bias to get z, then passes a signal on.',
      'Last layer: each of the 2 neurons takes the 3 signals from the middle layer, weights them, adds them up and adds its bias; what they pass on is the whole network’s answer.',
    ],
    diagram: 'A small network: 4 inputs, a middle layer of 3 neurons, a last layer of 2',
    neuron: (n) => `Neuron ${n}`,
    passes: 'passes on',
    notYet: 'not computed yet',
    describe: (stage, n, bias, z, a) => `${stage}, neuron ${n}: bias ${bias}, z = ${z}, passes on ${a}`,
    summary: (narration, values) => `${narration} ${values}`,
  },
};
