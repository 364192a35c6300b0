import type { Locale } from '@/lib/i18n';

/** Everything NeuronSignal says, in both languages. */
export const words: Record<
  Locale,
  {
    title: string;
    input: (n: number) => string;
    passOn: string;
    me: string;
    next: string;
    summary: (inputs: string[], z: string, y: string) => string;
  }
> = {
  zh: {
    title: '试一试：给我发信号',
    input: (n) => `输入 a${n}`,
    passOn: '传给下一层：',
    me: '我',
    next: '下一层',
    summary: (inputs, z, y) => `输入信号为 ${inputs.join('、')}；加权求和 z = ${z}；我传给下一层的信号是 ${y}。`,
  },
  en: {
    title: 'Try it: send me signals',
    input: (n) => `Input a${n}`,
    passOn: 'Passed on:',
    me: 'me',
    next: 'next layer',
    summary: (inputs, z, y) =>
      `Inputs ${inputs.join(', ')}; weighted sum z = ${z}; the signal I pass to the next layer is ${y}.`,
  },
};
