import type { Locale } from '@/lib/i18n';
import { MAX_DRAWINGS as MAX_OWN, PICTURE_BYTES, PICTURE_SIDE, type DrawingsProblem } from '@/lib/playground/drawings';
import type { PictureProblem } from './openPicture';

const en = {
  paintTitle: 'Paint a dog and ask the network',
  paintGrid: 'A 16 × 16 canvas. Arrow keys move the cursor, Space paints the cursor pixel; or drag with the mouse or a finger.',
  cursorAt: (row: number, col: number, value: string) => `Pixel row ${row}, column ${col}: ${value}`,
  brush: 'Brush',
  shades: { black: 'Black', grey: 'Grey', white: 'White' },
  clear: 'Clear',
  sample: (breed: string) => `Start from a ${breed}`,
  guessTitle: 'Which breed?',
  guess: (breed: string, percent: string) => `${breed}: ${percent} %`,
  waiting: 'Waiting for the network…',
  best: (breed: string, percent: string) => `The network says: ${breed} (${percent} %).`,
  confusionTitle: (n: number) => `Confusion matrix (${n} test pictures)`,
  axes: 'rows: the actual breed · columns: the network’s guess',
  cell: (actual: string, guessed: string, count: number) => `${count} ${actual} pictures guessed as ${guessed}`,
  pickCell: 'Click a number (or Tab to it and press Enter) to see those pictures.',
  cellTitle: (actual: string, guessed: string, count: number) => `${count} ${actual} ${count === 1 ? 'picture' : 'pictures'} the network calls ${guessed}`,
  cellFirst: (shown: number, count: number) => `The first ${shown} of ${count}.`,
  testPicture: (n: number, actual: string, guessed: string) => `Test picture ${n}: a ${actual}, guessed ${guessed}. Show its scores`,
  scoresOf: (n: number) => `Test picture ${n}:`,
  ownBreed: 'Breed of this drawing',
  ownAdd: (breed: string) => `Add this drawing to the training set as a ${breed}`,
  ownAdded: (breed: string, n: number) => `Added as a ${breed}: ${n} of your drawings now train with the pictures (training starts again).`,
  ownCount: (n: number, most: number) => (n ? `Your drawings in the training set: ${n} (at most ${most}).` : `Your drawings in the training set: none yet (at most ${most}).`),
  ownListTitle: 'Your drawings',
  ownItem: (n: number, breed: string) => `Your drawing ${n}, a ${breed}`,
  ownFull: (most: number) => `The training set takes at most ${most} of your drawings.`,
  ownNotInLink: (most: number) => `A link carries at most ${most} drawings: these are not in it. Save them to a file and open that file after the link.`,
  ownSave: 'Save my drawings (JSON)',
  ownOpen: 'Open drawings (JSON)',
  ownRemove: 'Remove my drawings',
  ownRemoved: 'Your drawings were taken out of the training set.',
  ownAway: (n: number) => `This link’s ${n} drawings are not in it: open the drawings file saved with it (“Open drawings (JSON)”) to bring them back.`,
  ownRemoveOne: (n: number, breed: string) => `Remove your drawing ${n}, a ${breed}`,
  ownRemovedOne: (n: number, left: number) => `Drawing ${n} was taken out of the training set; ${left} left (training starts again).`,
  openPicture: 'Open a picture (PNG)',
  pictureHint: 'A picture file is scaled to 16 × 16 grey in this page (it is not sent anywhere); paint on it, then add it as a breed.',
  pictureOpened: (name: string) => `“${name}” is on the canvas as 16 × 16 grey.`,
  pictureProblem: (problem: PictureProblem): string => {
    switch (problem.kind) {
      case 'too-big': return `Not opened: the file is ${Math.ceil(problem.bytes / 1_000_000)} MB; a picture of at most ${PICTURE_BYTES / 1_000_000} MB is plenty for 16 × 16.`;
      case 'not-image': return 'Not opened: this file is not a picture the browser can read (a PNG is).';
      case 'too-wide': return `Not opened: the picture is ${problem.width} × ${problem.height} pixels; at most ${PICTURE_SIDE} a side.`;
    }
  },
  ownOpened: (n: number) => `${n} drawings added to the training set.`,
  ownProblem: (problem: DrawingsProblem, room = 0): string => {
    switch (problem.kind) {
      case 'not-json': return 'Not opened: this file is not JSON (a saved drawings file is).';
      case 'no-list': return 'Not opened: the file has no list of drawings (expected {"drawings": [{"breed": "husky", "pixels": [256 numbers]}]}).';
      case 'empty': return 'Not opened: the file holds no drawings.';
      case 'too-many': return `Not opened: ${problem.count} drawings, but there is room for ${room} more (at most ${MAX_OWN} in all).`;
      case 'breed': return `Not opened: drawing ${problem.item} has no breed of the four (corgi, husky, dalmatian, poodle, or 0–3).`;
      case 'size': return `Not opened: drawing ${problem.item} has ${problem.found} pixels; a 16 × 16 drawing has 256.`;
      case 'value': return `Not opened: pixel ${problem.pixel} of drawing ${problem.item} is not a number from 0 (black) to 1 (white).`;
    }
  },
  guessesTitle: 'Test pictures and the network’s guesses',
  right: 'right',
  wrong: 'wrong',
  pictureOf: (actual: string, guessed: string, right: boolean) => `A ${actual}; guessed ${guessed} (${right ? 'right' : 'wrong'})`,
  editorTitle: 'Read or edit one weight',
  editorHint: 'Pick a neuron (in the list, or click it in the drawing above) and one of its inputs (or its bias), type a new value and press Enter: training starts again from the edited network.',
  toNeuron: 'Neuron',
  fromInput: 'Input',
  bias: 'bias',
  weightValue: 'Value',
  edited: (what: string, value: string) => `${what} set to ${value}; training restarts from here.`,
  neuronOption: (layer: string, n: number) => `${layer} · neuron ${n}`,
  inputOption: (label: string) => `from ${label}`,
  pixel: (k: number) => `pixel ${k}`,
  neuronIn: (layer: string, n: number) => `${layer} neuron ${n}`,
};

type Words = typeof en;

const zh: Words = {
  paintTitle: '画一只狗，问问网络',
  paintGrid: '16 × 16 的画布。方向键移动光标，空格键给光标处的像素上色；也可以用鼠标或手指拖动。',
  cursorAt: (row, col, value) => `第 ${row} 行第 ${col} 列的像素：${value}`,
  brush: '画笔',
  shades: { black: '黑', grey: '灰', white: '白' },
  clear: '清空',
  sample: (breed) => `从一只${breed}开始`,
  guessTitle: '是哪个品种？',
  guess: (breed, percent) => `${breed}：${percent}%`,
  waiting: '等网络准备好……',
  best: (breed, percent) => `网络认为：${breed}（${percent}%）。`,
  confusionTitle: (n) => `混淆矩阵（${n} 张测试图片）`,
  axes: '行：实际品种 · 列：网络的猜测',
  cell: (actual, guessed, count) => `${count} 张${actual}被猜成${guessed}`,
  pickCell: '点一个数字（或用 Tab 移到它上面按回车）查看这些图片。',
  cellTitle: (actual, guessed, count) => `${count} 张${actual}图片，网络认为是${guessed}`,
  cellFirst: (shown, count) => `共 ${count} 张，这里显示前 ${shown} 张。`,
  testPicture: (n, actual, guessed) => `第 ${n} 张测试图片：一只${actual}，猜的是${guessed}。查看它的得分`,
  scoresOf: (n) => `第 ${n} 张测试图片：`,
  ownBreed: '这幅画的品种',
  ownAdd: (breed) => `把这幅画作为${breed}加进训练集`,
  ownAdded: (breed, n) => `已作为${breed}加入：现在有 ${n} 幅你的画和图片一起训练（训练重新开始）。`,
  ownCount: (n, most) => (n ? `训练集里你的画：${n} 幅（最多 ${most} 幅）。` : `训练集里你的画：还没有（最多 ${most} 幅）。`),
  ownListTitle: '你的画',
  ownItem: (n, breed) => `你的第 ${n} 幅画，一只${breed}`,
  ownFull: (most) => `训练集最多收 ${most} 幅你的画。`,
  ownNotInLink: (most) => `一个链接最多带 ${most} 幅画：这些画不在链接里。请把它们存成文件，打开链接后再打开这个文件。`,
  ownSave: '保存我的画（JSON）',
  ownOpen: '打开画（JSON）',
  ownRemove: '移除我的画',
  ownRemoved: '你的画已从训练集中移除。',
  ownAway: (n) => `这个链接里没有它的 ${n} 幅画：请打开和它一起保存的画文件（“打开画（JSON）”）来取回它们。`,
  ownRemoveOne: (n, breed) => `移除你的第 ${n} 幅画（一只${breed}）`,
  ownRemovedOne: (n, left) => `第 ${n} 幅画已从训练集中移除；还剩 ${left} 幅（训练重新开始）。`,
  openPicture: '打开图片（PNG）',
  pictureHint: '图片文件在本页里缩成 16 × 16 的灰度图（不会发送到任何地方）；可以在上面再画几笔，然后作为某个品种加进去。',
  pictureOpened: (name) => `“${name}”已作为 16 × 16 灰度图放到画布上。`,
  pictureProblem: (problem) => {
    switch (problem.kind) {
      case 'too-big': return `没有打开：文件有 ${Math.ceil(problem.bytes / 1_000_000)} MB；16 × 16 的画用不了这么大，最多 ${PICTURE_BYTES / 1_000_000} MB。`;
      case 'not-image': return '没有打开：浏览器读不出这个文件里的图片（PNG 可以）。';
      case 'too-wide': return `没有打开：图片有 ${problem.width} × ${problem.height} 像素；每边最多 ${PICTURE_SIDE} 像素。`;
    }
  },
  ownOpened: (n) => `${n} 幅画已加入训练集。`,
  ownProblem: (problem, room = 0) => {
    switch (problem.kind) {
      case 'not-json': return '没有打开：这个文件不是 JSON（保存的画是 JSON 文件）。';
      case 'no-list': return '没有打开：文件里没有画的列表（应为 {"drawings": [{"breed": "husky", "pixels": [256 个数]}]}）。';
      case 'empty': return '没有打开：文件里没有画。';
      case 'too-many': return `没有打开：有 ${problem.count} 幅画，但只能再加 ${room} 幅（总共最多 ${MAX_OWN} 幅）。`;
      case 'breed': return `没有打开：第 ${problem.item} 幅画的品种不是这四种之一（corgi、husky、dalmatian、poodle，或 0–3）。`;
      case 'size': return `没有打开：第 ${problem.item} 幅画有 ${problem.found} 个像素；16 × 16 的画应有 256 个。`;
      case 'value': return `没有打开：第 ${problem.item} 幅画的第 ${problem.pixel} 个像素不是 0（黑）到 1（白）之间的数。`;
    }
  },
  guessesTitle: '测试图片和网络的猜测',
  right: '对',
  wrong: '错',
  pictureOf: (actual, guessed, right) => `一只${actual}；猜的是${guessed}（${right ? '对' : '错'}）`,
  editorTitle: '查看或修改一个权重',
  editorHint: '选一个神经元（在列表里选，或在上面的图中点它）和它的一个输入（或偏置），输入新值后按回车：训练会从修改后的网络重新开始。',
  toNeuron: '神经元',
  fromInput: '输入',
  bias: '偏置',
  weightValue: '数值',
  edited: (what, value) => `${what}已改为 ${value}；训练从这里重新开始。`,
  neuronOption: (layer, n) => `${layer} · 第 ${n} 个神经元`,
  inputOption: (label) => `来自${label}`,
  pixel: (k) => `像素 ${k}`,
  neuronIn: (layer, n) => `${layer}第 ${n} 个神经元`,
};

/** What the picture parts (painting, guesses, confusion matrix) and the weight editor say. */
export const pictureWords: Record<Locale, Words> = { en, zh };
export type PictureWords = Words;
