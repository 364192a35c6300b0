import type { Locale } from '@/lib/i18n';
import type { Stage } from './stages';

/** The numbers a narration line may quote, already formatted. */
export interface Said {
  z: string;
  a: string;
  y: string;
  loss: string;
  dA: string;
  slope: string;
  dZ: string;
  lr: string;
  nextLoss: string;
  /** −1 too low, 0 right, 1 too high */
  side: number;
  /** 1-based index of the weight carrying the most blame, 0 if none carries any */
  most: number;
  /** 1-based indices of weights whose input is 0 */
  idle: number[];
  /** sign shared by every non-zero blame, or 0 when they differ */
  allSign: number;
  /** −1 the loss fell, 0 same, 1 it rose */
  change: number;
}

interface Words {
  title: string;
  input: (n: number) => string;
  target: string;
  lr: string;
  stage: Record<Stage, string>;
  phase: Record<'forward' | 'backward' | 'update', string>;
  progress: string;
  back: string;
  next: string;
  again: string;
  restart: string;
  round: (n: number) => string;
  history: string;
  newLoss: string;
  ledger: { caption: string; param: string; value: string; input: string; blame: string; after: string; none: string };
  diverged: string;
  narrate: (stage: Stage, s: Said) => string;
  summary: (stage: string, narration: string) => string;
}

const zhSide = ['太低了', '正好', '太高了'];
const enSide = ['too low', 'spot on', 'too high'];

/** Everything BackpropSteps says, in both languages. */
export const words: Record<Locale, Words> = {
  zh: {
    title: '一步一步：前向、追责、更新',
    input: (n) => `输入 a${n}`,
    target: '正确答案 y',
    lr: '学习速率 η',
    stage: { z: '加权求和', a: '激活', loss: '损失', dA: '∂L/∂ŷ', dZ: '∂L/∂z', ledger: '追责账本', update: '更新' },
    phase: { forward: '前向', backward: '反向', update: '更新' },
    progress: '这一轮的步骤',
    back: '上一步',
    next: '下一步',
    again: '再来一轮',
    restart: '从头开始',
    round: (n) => `第 ${n} 轮`,
    history: '每一轮开始时的损失',
    newLoss: '新的 L',
    ledger: { caption: '追责账本', param: '参数', value: '现在', input: '输入', blame: '责任 ∂L/∂·', after: '走一步后', none: '无，算 1' },
    diverged: '这一步算出了无穷大，已发散，参数没有改。',
    narrate: (stage, s) => {
      switch (stage) {
        case 'z': return `先把收到的信号加起来：每个输入乘上它的权重，再加上偏置。我的加权求和 z = ${s.z}。`;
        case 'a': return `sigmoid 把 z 压进 0 到 1 之间：ŷ = σ(${s.z}) = ${s.a}。这就是我交出去的答案。`;
        case 'loss': return `正确答案是 ${s.y}，我说的是 ${s.a}，${zhSide[s.side + 1]}。损失 L = (ŷ − y)² = ${s.loss}。`;
        case 'dA': return `现在往回算。输出每变大一点，损失按 ${s.dA} 的比例变化：${s.side < 0 ? '是负的，所以输出该变大' : s.side > 0 ? '是正的，所以输出该变小' : '是 0，输出不用变'}。`;
        case 'dZ': return `sigmoid 在这里的坡度是 σ′(z) = ${s.slope}，只把这么多的变化传过去。所以 z 身上的责任是 ${s.dA} × ${s.slope} = ${s.dZ}。`;
        case 'ledger': return `把 z 的责任分下去：每个权重分到“z 的责任 × 它的输入”。${s.most ? `w${s.most} 的输入最大，责任也最大。` : '这一回没有哪个权重有责任。'}${s.idle.length ? `w${s.idle.join('、w')} 的输入是 0，一点责任都没有。` : ''}${s.allSign < 0 ? '责任全是负的：每个参数都该往上调。' : s.allSign > 0 ? '责任全是正的：每个参数都该往下调。' : ''}`;
        case 'update': return `用 η = ${s.lr} 走一步：每个参数都朝着和责任相反的方向挪。同一个例子，新的损失是 ${s.nextLoss}，${s.change < 0 ? `比 ${s.loss} 小了` : s.change > 0 ? `比 ${s.loss} 还大：这一步迈过头了` : '没有变'}。`;
      }
    },
    summary: (stage, narration) => `当前步骤：${stage}。${narration}`,
  },
  en: {
    title: 'Step by step: forward, blame, update',
    input: (n) => `Input a${n}`,
    target: 'Right answer y',
    lr: 'Learning rate η',
    stage: { z: 'Weighted sum', a: 'Activation', loss: 'Loss', dA: '∂L/∂ŷ', dZ: '∂L/∂z', ledger: 'Ledger of blame', update: 'Update' },
    phase: { forward: 'Forward', backward: 'Backward', update: 'Update' },
    progress: 'Stops in this round',
    back: 'Back',
    next: 'Next',
    again: 'Another round',
    restart: 'Start over',
    round: (n) => `Round ${n}`,
    history: 'Loss at the start of each round',
    newLoss: 'new L',
    ledger: { caption: 'Ledger of blame', param: 'Parameter', value: 'Now', input: 'Input', blame: 'Blame ∂L/∂·', after: 'After step', none: 'none: 1' },
    diverged: 'This step produced an infinite number: diverged, so the parameters were left as they were.',
    narrate: (stage, s) => {
      switch (stage) {
        case 'z': return `First I add up what came in: each input times its weight, plus my bias. My weighted sum is z = ${s.z}.`;
        case 'a': return `The sigmoid squeezes z between 0 and 1: ŷ = σ(${s.z}) = ${s.a}. That is the answer I hand on.`;
        case 'loss': return `The right answer is ${s.y} and I said ${s.a}: ${enSide[s.side + 1]}. The loss is L = (ŷ − y)² = ${s.loss}.`;
        case 'dA': return `Now backwards. For each little rise in my output the loss changes at a rate of ${s.dA}: ${s.side < 0 ? 'negative, so a bigger output would help' : s.side > 0 ? 'positive, so a smaller output would help' : 'zero, so my output need not change'}.`;
        case 'dZ': return `Here the sigmoid’s slope is σ′(z) = ${s.slope}, so it passes on only that much of a change. The blame on z is ${s.dA} × ${s.slope} = ${s.dZ}.`;
        case 'ledger': return `I share the blame on z out: each weight gets the blame on z times its input. ${s.most ? `w${s.most} had the biggest input, so it carries the most.` : 'No weight carries any blame this time.'}${s.idle.length ? ` w${s.idle.join(', w')} had an input of 0 and carries no blame at all.` : ''}${s.allSign < 0 ? ' Every blame is negative: every parameter should go up.' : s.allSign > 0 ? ' Every blame is positive: every parameter should go down.' : ''}`;
        case 'update': return `One step with η = ${s.lr}: each parameter moves against its blame. On the same example the new loss is ${s.nextLoss}, ${s.change < 0 ? `down from ${s.loss}` : s.change > 0 ? `up from ${s.loss}: the step overshot` : 'unchanged'}.`;
      }
    },
    summary: (stage, narration) => `Current stop: ${stage}. ${narration}`,
  },
};
