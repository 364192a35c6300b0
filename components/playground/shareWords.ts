import type { Locale } from '@/lib/i18n';
import { clip } from '@/lib/format';
import type { LinkProblem } from '@/lib/playground/codec';
import type { ImportProblem } from '@/lib/playground/importNetwork';

const en = {
  copyLink: 'Copy link to this setup',
  copySnapshot: 'Copy snapshot link (with the trained weights)',
  snapshotHint: 'A snapshot link pauses training and opens at this very step, with these weights (momentum and Adam start their running averages afresh from there).',
  copied: 'Copied to the clipboard.',
  selectToCopy: 'Select the link below and copy it.',
  linkLabel: 'Link',
  preparing: 'Reading the weights…',
  exportJson: 'Download the network (JSON)',
  importJson: 'Load a network (JSON)',
  exportPytorch: 'PyTorch script',
  exportKeras: 'Keras script',
  scriptHint: 'The script rebuilds this network with these weights and prints its predictions for three inputs; the playground’s own numbers are in it as comments. Run it with python3 after pip install torch (or tensorflow).',
  scriptAbout: (step: number) => `weights taken at step ${step}`,
  imported: (sizes: string) => `Loaded a ${sizes} network; training starts from its weights.`,
  importProblem: (p: ImportProblem) =>
    p.kind === 'engine'
      ? `That file is not a network the engine accepts: ${clip(p.message)}`
      : p.kind === 'points' ? `That file's own points cannot be used (${clip(p.detail)}); nothing was changed.`
      : `The playground trains 2 → … → 1 (sigmoid) or 256 → … → 4 (softmax) networks with up to 6 hidden layers; this one is ${clip(p.sizes)}.`,
  notJson: 'That file is not JSON.',
  tooBig: 'That file is too large to be a playground network.',
  note: (p: LinkProblem) => `This link could not be read (${problemWords(p)}), so the playground opened with its defaults.`,
  dismiss: 'OK',
  resumed: (step: number) => `Training goes on from saved weights, taken at step ${step}.`,
  challengeTitle: 'Challenge',
  challengeGoal: (accuracy: number, neurons: number) =>
    `Reach ${accuracy} % test accuracy on the four breeds with at most ${neurons} hidden neurons in all.`,
  challengeNow: (neurons: number, accuracy: string) => `Now: ${neurons} hidden neurons, test accuracy ${accuracy} %.`,
  challengeTooMany: 'Too many hidden neurons for the challenge.',
  challengeWrongData: 'The challenge is about the dog breeds: choose that dataset.',
  challengeMet: (accuracy: string, neurons: number) => `Challenge met: ${accuracy} % test accuracy with ${neurons} hidden neurons. Well trained!`,
};

function problemWords(p: LinkProblem): string {
  switch (p.kind) {
    case 'too-long': return 'it is far too long';
    case 'version': return 'it is from another version of the playground';
    case 'unknown': return `it has a setting this playground does not know, “${clip(p.key)}”`;
    case 'bad-value': return `the value of “${clip(p.key)}” is not allowed`;
    case 'inconsistent': return `its settings contradict each other: ${clip(p.detail)}`;
  }
}

function problemWordsZh(p: LinkProblem): string {
  switch (p.kind) {
    case 'too-long': return '它太长了';
    case 'version': return '它来自另一个版本的游乐场';
    case 'unknown': return `它含有本游乐场不认识的设置“${clip(p.key)}”`;
    case 'bad-value': return `“${clip(p.key)}”的值不被允许`;
    case 'inconsistent': return `其中的设置互相矛盾：${clip(p.detail)}`;
  }
}

type Words = typeof en;

const zh: Words = {
  copyLink: '复制这个设置的链接',
  copySnapshot: '复制快照链接（含训练好的权重）',
  snapshotHint: '快照链接会先暂停训练，打开时正好停在这一步、带着这组权重（动量和 Adam 的累积量会从那里重新开始）。',
  copied: '已复制到剪贴板。',
  selectToCopy: '请选中下面的链接并复制。',
  linkLabel: '链接',
  preparing: '正在读取权重……',
  exportJson: '下载网络（JSON）',
  importJson: '载入网络（JSON）',
  exportPytorch: 'PyTorch 脚本',
  exportKeras: 'Keras 脚本',
  scriptHint: '脚本用这些权重重建同一张网络，并打印它对三个输入的预测；游乐场自己算出的数字以注释写在里面。先 pip install torch（或 tensorflow），再用 python3 运行。',
  scriptAbout: (step: number) => `weights taken at step ${step}`,
  imported: (sizes) => `已载入一个 ${sizes} 的网络；训练从它的权重开始。`,
  importProblem: (p) =>
    p.kind === 'engine'
      ? `这个文件不是引擎能接受的网络：${clip(p.message)}`
      : p.kind === 'points' ? `这个文件里的自定义数据点不能用（${clip(p.detail)}）；什么都没有改。`
      : `游乐场训练的是 2 → … → 1（Sigmoid）或 256 → … → 4（Softmax）的网络，最多 6 个隐藏层；这个网络是 ${clip(p.sizes)}。`,
  notJson: '这个文件不是 JSON。',
  tooBig: '这个文件太大了，不可能是游乐场的网络。',
  note: (p) => `这个链接读不懂（${problemWordsZh(p)}），所以游乐场用默认设置打开了。`,
  dismiss: '知道了',
  resumed: (step) => `训练从第 ${step} 步时保存的权重继续。`,
  challengeTitle: '挑战',
  challengeGoal: (accuracy, neurons) => `用总共不超过 ${neurons} 个隐藏神经元，让四个品种的测试准确率达到 ${accuracy}%。`,
  challengeNow: (neurons, accuracy) => `现在：${neurons} 个隐藏神经元，测试准确率 ${accuracy}%。`,
  challengeTooMany: '隐藏神经元太多了，不符合挑战的要求。',
  challengeWrongData: '挑战是关于狗的品种的：请选这个数据集。',
  challengeMet: (accuracy, neurons) => `挑战成功：用 ${neurons} 个隐藏神经元达到了 ${accuracy}% 的测试准确率。训练得漂亮！`,
};

/** What the sharing, saving and challenge parts say, in both languages. */
export const shareWords: Record<Locale, Words> = { en, zh };
export type ShareWords = Words;
