import type { Locale } from '@/lib/i18n';

/** What the neuron maps say (the playground and the activation chapter's two networks share them). */
const en = {
  title: 'What each hidden neuron sees (click one to see it large)',
  layer: (n: number) => `Layer ${n}`,
  neuronMap: (layer: number, neuron: number) => `Layer ${layer}, neuron ${neuron}: its output over the input square`,
  large: (layer: number, neuron: number) => `Layer ${layer}, neuron ${neuron}, large: its output over the input square; the cross marks the point worked out below`,
  pointHint: 'Move the pointer over the large map, or focus it and use the arrow keys, to choose the point.',
  at: (point: string) => `At the point (x₁, x₂) = (${point})`,
  sum: 'weighted sum',
  output: 'output',
  close: 'Close',
};

type NeuronWords = typeof en;

const zh: NeuronWords = {
  title: '每个隐藏神经元看到的（点一个放大看）',
  layer: (n) => `第 ${n} 层`,
  neuronMap: (layer, neuron) => `第 ${layer} 层第 ${neuron} 个神经元：它在输入平面上的输出`,
  large: (layer, neuron) => `第 ${layer} 层第 ${neuron} 个神经元（放大）：它在输入平面上的输出；十字标出下面算的那个点`,
  pointHint: '把鼠标移到大图上，或选中大图后用方向键，来挑选这个点。',
  at: (point) => `在点 (x₁, x₂) = (${point})`,
  sum: '加权和',
  output: '输出',
  close: '关闭',
};

export const neuronWords: Record<Locale, NeuronWords> = { en, zh };
export type NeuronMapWords = NeuronWords;
