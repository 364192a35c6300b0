import type { Locale } from '@/lib/i18n';
import type { FunctionName, Reading } from './functions';

interface Words {
  title: string;
  names: Record<FunctionName, string>;
  z: string;
  alpha: string;
  derivatives: string;
  meterFor: string;
  fn: string;
  value: string;
  slope: string;
  legendDerivative: string;
  plot: (z: string) => string;
  pain: string;
  needle: (z: string, fn: string, y: string) => string;
  reading: Record<Reading, (fn: string, slope: string) => string>;
  summary: (z: string, values: string[], slopes: string[] | null, meter: string) => string;
}

/** Everything ActivationExplorer says, in both languages. */
export const words: Record<Locale, Words> = {
  zh: {
    title: '比一比：四种激活函数',
    names: { sigmoid: 'sigmoid', tanh: 'tanh', relu: 'ReLU', leakyRelu: 'leaky ReLU' },
    z: '输入 z',
    alpha: 'leaky ReLU 的斜率 α',
    derivatives: '显示导数（虚线）',
    meterFor: '疼痛表跟着哪个函数',
    fn: '函数',
    value: 'f(z)',
    slope: "f′(z)",
    legendDerivative: '虚线：导数',
    plot: (z) => `四条激活函数曲线，横轴是 z，从 −5 到 5；当前 z = ${z}。`,
    pain: '疼痛',
    needle: (z, fn, y) => `针扎进皮肤的深浅对应 z = ${z}；疼痛表按 ${fn} 显示 ${y}。`,
    reading: {
      silent: (fn) => `${fn} 一声不吭：z ≤ 0 时输出就是 0，针再怎么按也没有反应。`,
      faint: (fn, slope) => `${fn} 漏出一点信号：z < 0 时输出 α·z，被 α 缩小了的负数（斜率 ${slope}）。`,
      full: (fn, slope) => `${fn} 饱和了：已经快到顶，再用力按，疼也几乎不再增加（斜率 ${slope}）。`,
      floor: (fn, slope) => `${fn} 贴着底：按轻按重几乎没有区别（斜率 ${slope}）。`,
      growing: (fn, slope) => `${fn} 有反应：按得越重，信号越强（斜率 ${slope}）。`,
    },
    summary: (z, values, slopes, meter) =>
      `z = ${z}。${values.join('；')}。${slopes ? `导数：${slopes.join('；')}。` : ''}${meter}`,
  },
  en: {
    title: 'Compare: four activation functions',
    names: { sigmoid: 'sigmoid', tanh: 'tanh', relu: 'ReLU', leakyRelu: 'leaky ReLU' },
    z: 'Input z',
    alpha: 'Leaky ReLU slope α',
    derivatives: 'Show derivatives (dashed)',
    meterFor: 'Which function drives the pain meter',
    fn: 'function',
    value: 'f(z)',
    slope: "f′(z)",
    legendDerivative: 'dashed: derivative',
    plot: (z) => `Four activation curves against z from −5 to 5; the current z is ${z}.`,
    pain: 'pain',
    needle: (z, fn, y) => `The needle presses as deep as z = ${z}; the pain meter shows ${fn} = ${y}.`,
    reading: {
      silent: (fn) => `${fn} stays silent: for z ≤ 0 its output is 0, and pressing the needle harder changes nothing.`,
      faint: (fn, slope) => `${fn} lets a weaker signal through: for z < 0 it gives α·z, a negative number scaled down by α (slope ${slope}).`,
      full: (fn, slope) => `${fn} is saturated: it is near its ceiling, so pressing harder hardly hurts more (slope ${slope}).`,
      floor: (fn, slope) => `${fn} is near its floor: a lighter or firmer press makes almost no difference (slope ${slope}).`,
      growing: (fn, slope) => `${fn} responds: the harder the press, the stronger the signal (slope ${slope}).`,
    },
    summary: (z, values, slopes, meter) =>
      `z = ${z}. ${values.join('; ')}.${slopes ? ` Derivatives: ${slopes.join('; ')}.` : ''} ${meter}`,
  },
};
