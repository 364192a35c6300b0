import { formatNumber } from '@/lib/format';
import type { Chain, ChainParams } from './chain';
import type { Phase, Stage } from './stages';

const f = (x: number) => formatNumber(x, 3);

/** What the hidden neuron (the narrator, "me") says at each stop, from the engine's numbers. */
type Narrate = (stage: Stage, c: Chain, p: ChainParams, x: number, y: number) => string;

const en: Narrate = (stage, c, p, x, y) => {
  const way = (g: number) => (g < 0 ? 'negative, so raising it lowers the loss' : g > 0 ? 'positive, so lowering it lowers the loss' : 'zero, so it stays put');
  switch (stage) {
    case 'z1': return `My weighted sum: my one input ${f(x)} times my weight, plus my bias, is ${f(c.z1)}.`;
    case 'h': return `My sigmoid turns it into my signal h = ${f(c.h)}, and I pass it on.`;
    case 'z2': return `The neuron after me listens to my signal with weight w₂ = ${f(p.w2)}: its sum is ${f(c.z2)}.`;
    case 'yhat': return `Its output is the network's guess, ŷ = ${f(c.yhat)}. The right answer is ${y}.`;
    case 'loss': return `The loss of this guess is ${f(c.loss)}. Now the blame starts back.`;
    case 'dYhat': return `∂L/∂ŷ = ${f(c.dYhat)}: the guess was too ${c.yhat < y ? 'low' : 'high'}.`;
    case 'dZ2': return `Through its own sigmoid (slope ${f(c.slope2)}), the output neuron's blame is ${f(c.dZ2)}.`;
    case 'out': return `Its weight's slope is its blame times my signal: ${f(c.dW2)}, ${way(c.dW2)}.`;
    case 'dH':
      return p.w2 === 0
        ? 'w₂ is 0: the neuron after me ignored my signal, so no blame comes back to me at all.'
        : `The blame comes back to me through the weight w₂ = ${f(p.w2)}: ∂L/∂h = ${f(c.dH)}.`;
    case 'dZ1': return `My own sigmoid's slope is ${f(c.slope1)}, so my blame is ${f(c.dZ1)}: smaller than the output neuron's.`;
    case 'hidden': return `My weight's slope is my blame times my input: ${f(c.dW1)}, ${way(c.dW1)}. Same recipe, one layer further back.`;
  }
};

const zh: Narrate = (stage, c, p, x, y) => {
  const way = (g: number) => (g < 0 ? '是负的，调大它损失就变小' : g > 0 ? '是正的，调小它损失就变小' : '是零，它不用动');
  switch (stage) {
    case 'z1': return `我的加权和：唯一的输入 ${f(x)} 乘以我的权重，再加上偏置，得 ${f(c.z1)}。`;
    case 'h': return `Sigmoid 把它变成我的信号 h = ${f(c.h)}，我把它传下去。`;
    case 'z2': return `下一个神经元用权重 w₂ = ${f(p.w2)} 听我的信号：它的加权和是 ${f(c.z2)}。`;
    case 'yhat': return `它的输出就是网络的猜测，ŷ = ${f(c.yhat)}。正确答案是 ${y}。`;
    case 'loss': return `这次猜测的损失是 ${f(c.loss)}。现在，责任开始往回传。`;
    case 'dYhat': return `∂L/∂ŷ = ${f(c.dYhat)}：猜得太${c.yhat < y ? '低' : '高'}了。`;
    case 'dZ2': return `经过它自己的 Sigmoid（斜率 ${f(c.slope2)}），输出神经元的责任是 ${f(c.dZ2)}。`;
    case 'out': return `它的权重的斜率 = 它的责任 × 我的信号 = ${f(c.dW2)}，${way(c.dW2)}。`;
    case 'dH':
      return p.w2 === 0
        ? 'w₂ 是 0：下一个神经元根本没听我的信号，所以一点责任也传不回我这儿。'
        : `责任顺着权重 w₂ = ${f(p.w2)} 传回到我这儿：∂L/∂h = ${f(c.dH)}。`;
    case 'dZ1': return `我自己的 Sigmoid 斜率是 ${f(c.slope1)}，所以我的责任是 ${f(c.dZ1)}，比输出神经元的小。`;
    case 'hidden': return `我的权重的斜率 = 我的责任 × 我的输入 = ${f(c.dW1)}，${way(c.dW1)}。同一个配方，只是往回多走了一层。`;
  }
};

const stageNames = {
  en: { z1: 'my sum z₁', h: 'my signal h', z2: 'next sum z₂', yhat: 'the guess ŷ', loss: 'the loss', dYhat: '∂L/∂ŷ', dZ2: 'blame on z₂', out: 'slopes of w₂, b₂', dH: 'blame passed back', dZ1: 'blame on z₁', hidden: 'slopes of w₁, b₁' },
  zh: { z1: '我的和 z₁', h: '我的信号 h', z2: '下一个的和 z₂', yhat: '猜测 ŷ', loss: '损失', dYhat: '∂L/∂ŷ', dZ2: 'z₂ 的责任', out: 'w₂、b₂ 的斜率', dH: '责任传回', dZ1: 'z₁ 的责任', hidden: 'w₁、b₁ 的斜率' },
} satisfies Record<'en' | 'zh', Record<Stage, string>>;

const phases = {
  en: { forward: 'forwards', output: 'output neuron', hidden: 'back to me' },
  zh: { forward: '向前', output: '输出神经元', hidden: '传回给我' },
} satisfies Record<'en' | 'zh', Record<Phase, string>>;

export const words = {
  en: {
    title: 'Blame through two neurons',
    summary: (stage: string, said: string) => `Stop: ${stage}. ${said}`,
    input: 'Input x',
    weight2: 'Weight w₂',
    target: 'Right answer',
    progress: 'Stops of the chain',
    back: 'Back',
    next: 'Next',
    restart: 'Back to the worked example',
    me: 'me',
    ledger: 'Slopes found so far',
    stage: stageNames.en,
    phase: phases.en,
    narrate: en,
  },
  zh: {
    title: '责任穿过两个神经元',
    summary: (stage: string, said: string) => `当前一站：${stage}。${said}`,
    input: '输入 x',
    weight2: '权重 w₂',
    target: '正确答案',
    progress: '链条的各站',
    back: '上一步',
    next: '下一步',
    restart: '回到例题',
    me: '我',
    ledger: '已算出的斜率',
    stage: stageNames.zh,
    phase: phases.zh,
    narrate: zh,
  },
};
