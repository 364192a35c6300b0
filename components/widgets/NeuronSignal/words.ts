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
    look: string;
    depth: string[];
    later: string;
    /** z is null while the inside is hidden */
    summary: (inputs: string[], z: string | null, y: string) => string;
  }
> = {
  zh: {
    title: '试一试：给我发信号',
    input: (n) => `输入 a${n}`,
    passOn: '传给下一层：',
    me: '我',
    next: '下一层',
    look: '看多少',
    depth: ['只看外面', '里面的加权和', '再加最后一小步'],
    later: '（中间还隔着一小步，第 4 章再讲）',
    summary: (inputs, z, y) => `输入信号为 ${inputs.join('、')}；${z === null ? '' : `加权求和 z = ${z}；`}我传给下一层的信号是 ${y}。`,
  },
  en: {
    title: 'Try it: send me signals',
    input: (n) => `Input a${n}`,
    passOn: 'Passed on:',
    me: 'me',
    next: 'next layer',
    look: 'How much to show',
    depth: ['From outside', 'The sum inside', 'And the last step'],
    later: '(one more small step in between, explained in chapter 4)',
    summary: (inputs, z, y) =>
      `Inputs ${inputs.join(', ')}; ${z === null ? '' : `weighted sum z = ${z}; `}the signal I pass to the next layer is ${y}.`,
  },
};
