import type { Locale } from '@/lib/i18n';
import type { PresetId } from './presets';

interface Words {
  title: string;
  input: (n: number) => string;
  weight: (n: number) => string;
  bias: string;
  presets: string;
  preset: Record<PresetId, string>;
  /** What each preset shows, said once it is chosen. */
  story: Record<PresetId, string>;
  custom: string;
  bars: (terms: string[], bias: string, z: string) => string;
  summary: (inputs: string[], weights: string[], bias: string, terms: string[], z: string) => string;
}

/** Everything NeuronCalculator says, in both languages. */
export const words: Record<Locale, Words> = {
  zh: {
    title: '算一算：我的加权求和',
    input: (n) => `输入 a${n}`,
    weight: (n) => `权重 w${n}`,
    bias: '偏置 b',
    presets: '试试这些设置',
    preset: {
      picnic: '野餐表格',
      ignore: '忽略这个输入',
      matters: '这个输入最要紧',
      against: '负权重：唱反调',
      onlyBias: '输入全为 0：只剩偏置',
    },
    story: {
      picnic: '上面表格里的野餐。总和刚过 0：去，但只是勉强。',
      ignore: 'w1 = 0：不管 a1 是多少，第一项都是 0。拖一拖 a1，总和纹丝不动。',
      matters: 'w1 = 2：晴不晴几乎说了算，a1 动一点，总和就动一大截。',
      against: '下雨概率升到 0.8，它的权重是 −2：这一项把总和往下拽，野餐泡汤。',
      onlyBias: '三个输入都是 0，三项都是 0，剩下的正好是偏置 b。',
    },
    custom: '这是你自己调的设置。每一项的条从上一项的终点接着往下搭。',
    bars: (terms, bias, z) => `三项依次为 ${terms.join('、')}，加上偏置 ${bias}，总和 z = ${z}。`,
    summary: (inputs, weights, bias, terms, z) =>
      `输入 ${inputs.join('、')}；权重 ${weights.join('、')}；偏置 ${bias}。各项 w·a 为 ${terms.join('、')}；加权求和 z = ${z}。`,
  },
  en: {
    title: 'Work it out: my weighted sum',
    input: (n) => `Input a${n}`,
    weight: (n) => `Weight w${n}`,
    bias: 'Bias b',
    presets: 'Try these settings',
    preset: {
      picnic: 'The picnic table',
      ignore: 'Ignore this input',
      matters: 'This input matters most',
      against: 'A negative weight argues against',
      onlyBias: 'All inputs zero: only the bias is left',
    },
    story: {
      picnic: 'The picnic from the table above. The total is just above 0: I go, but only just.',
      ignore: 'w1 = 0: whatever a1 is, the first term is 0. Drag a1 and the total does not move.',
      matters: 'w1 = 2: the sunshine nearly decides alone. Move a1 a little and the total moves a lot.',
      against: 'The chance of rain rises to 0.8 and its weight is −2: that term drags the total down. No picnic.',
      onlyBias: 'All three inputs are 0, so all three terms are 0, and what is left is exactly the bias b.',
    },
    custom: 'Your own setting. Each bar starts where the one above it ended.',
    bars: (terms, bias, z) => `Terms ${terms.join(', ')}, then the bias ${bias}, give the total z = ${z}.`,
    summary: (inputs, weights, bias, terms, z) =>
      `Inputs ${inputs.join(', ')}; weights ${weights.join(', ')}; bias ${bias}. Terms w·a are ${terms.join(', ')}; weighted sum z = ${z}.`,
  },
};
