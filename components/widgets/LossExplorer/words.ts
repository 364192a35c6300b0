import type { Locale } from '@/lib/i18n';
import type { ShownLoss } from './explain';

interface Words {
  title: string;
  question: string;
  chartLabel: string;
  example: (n: number) => string;
  prediction: (n: number) => string;
  answer: (y: number) => string;
  loss: Record<ShownLoss, string>;
  lossShort: Record<ShownLoss, string>;
  mean: string;
  corner: string;
  tableCaption: string;
  outlier: string;
  reset: string;
  perfect: string;
  worst: (n: number, y: string, p: string, shares: Record<ShownLoss, string>) => string;
  ratios: (r: Record<ShownLoss, string>) => string;
  /** what goes between two sentences */
  gap: string;
  capped: (value: string) => string;
  summary: (predictions: string[], totals: Record<ShownLoss, string>) => string;
}

/** Everything LossExplorer says, in both languages. */
export const words: Record<Locale, Words> = {
  zh: {
    title: '量一量：三把尺子',
    question: '是不是哈士奇？真实答案 y：1 是，0 不是。拖动圆点，改变网络的预测 ŷ。',
    chartLabel: '五个例子的真实答案和预测',
    example: (n) => `例子 ${n}`,
    prediction: (n) => `例子 ${n} 的预测 ŷ`,
    answer: (y) => `y = ${y}`,
    loss: { mse: '均方误差 MSE', mae: '平均绝对误差 MAE', bce: '交叉熵' },
    lossShort: { mse: 'MSE', mae: 'MAE', bce: '交叉熵' },
    mean: '平均 = 损失',
    corner: '例子',
    tableCaption: '每个例子在三把尺子下的误差，最后一行是平均值，也就是损失',
    outlier: '一个又错又自信的预测',
    reset: '重来',
    perfect: '每个预测都和真实答案重合：三个损失都是 0。',
    worst: (n, y, p, s) =>
      `错得最多的是例子 ${n}（y = ${y}，ŷ = ${p}）：它一个就占了 MSE 的 ${s.mse}、MAE 的 ${s.mae}、交叉熵的 ${s.bce}。`,
    ratios: (r) => `和一开始的预测比，MSE 是原来的 ${r.mse} 倍，MAE 是 ${r.mae} 倍，交叉熵是 ${r.bce} 倍。`,
    gap: '',
    capped: (v) =>
      `预测正好是 0 或 1 却答错了，交叉熵本该是无穷大；程序把概率挡在离 0 和 1 还差 10⁻¹² 的地方，所以这一项显示为 ${v}。`,
    summary: (p, t) => `预测为 ${p.join('、')}；MSE = ${t.mse}，MAE = ${t.mae}，交叉熵 = ${t.bce}。`,
  },
  en: {
    title: 'Measure it: three rulers',
    question: 'Is it a husky? True answer y: 1 yes, 0 no. Drag a dot to change the network’s prediction ŷ.',
    chartLabel: 'The five examples’ true answers and predictions',
    example: (n) => `Example ${n}`,
    prediction: (n) => `Prediction ŷ for example ${n}`,
    answer: (y) => `y = ${y}`,
    loss: { mse: 'Mean squared error', mae: 'Mean absolute error', bce: 'Cross-entropy' },
    lossShort: { mse: 'MSE', mae: 'MAE', bce: 'Cross-entropy' },
    mean: 'Mean = loss',
    corner: 'Example',
    tableCaption: 'Each example’s error under the three rulers; the last row is their mean, the loss',
    outlier: 'One confident mistake',
    reset: 'Reset',
    perfect: 'Every prediction sits on its answer: all three losses are 0.',
    worst: (n, y, p, s) =>
      `The worst guess is example ${n} (y = ${y}, ŷ = ${p}): on its own it makes up ${s.mse} of the MSE, ${s.mae} of the MAE and ${s.bce} of the cross-entropy.`,
    ratios: (r) => `Compared with the starting guesses, MSE is ${r.mse} times as large, MAE ${r.mae} times and cross-entropy ${r.bce} times.`,
    gap: ' ',
    capped: (v) =>
      `A prediction of exactly 0 or 1 that is wrong would cost infinitely much under cross-entropy; the engine keeps probabilities 10⁻¹² away from 0 and 1, so this term shows ${v}.`,
    summary: (p, t) => `Predictions ${p.join(', ')}; MSE = ${t.mse}, MAE = ${t.mae}, cross-entropy = ${t.bce}.`,
  },
};
