// Words of "Your own data": the point editor on the plot and the CSV box.
import type { Locale } from '@/lib/i18n';
import { OWN } from '@/lib/playground/own';

const en = {
  classPicker: 'Clicks add',
  classes: { '1': 'Orange (1)', '0': 'Blue (0)' } as Record<'0' | '1', string>,
  addPoint: 'Add a point in the middle',
  editHint: 'Click or tap the plot to add a point; drag one to move it; right-click it to delete. With the keyboard: Tab to a point, arrows move it, Delete removes it.',
  editor: 'Your points: click to add one',
  point: (label: number, x: number, y: number) => `${label === 1 ? 'Orange' : 'Blue'} point at (${x}, ${y}). Arrows move it, Delete removes it.`,
  count: (n: number) => `${n} point${n === 1 ? '' : 's'} (at most ${OWN.maxPoints})`,
  tooFew: 'Add at least two points to train.',
  full: `The set is full: at most ${OWN.maxPoints} points.`,
  longLink: (n: number) => `${n} points are more than a link carries (${OWN.linkPoints}): a copied link leaves them out and says they are in the JSON export. To keep them, use “Download the network (JSON)” under “Share and save”; loading that file brings them back.`,
  away: (n: number) => `This link’s ${n} points are not in it: they are in the JSON file exported with it. Load that file (“Load a network (JSON)” under “Share and save”) to bring them back.`,
  csv: 'Points as CSV (x,y,label; x and y from −6 to 6; label 0 or 1)',
  csvValues: 'Points as CSV (x,y,value; x and y from −6 to 6; value from −1 to 1)',
  valuePicker: 'Clicks add the value',
  valuePoint: (value: number, x: number, y: number) => `Point at (${x}, ${y}) with value ${value}. Arrows move it, Delete removes it.`,
  useCsv: 'Use these points',
  openCsv: 'Open a CSV file',
  loaded: (n: number) => `${n} points loaded.`,
  fileTooBig: 'That file is too large for a CSV of at most 5,000 rows.',
};

const zh: typeof en = {
  classPicker: '点击添加',
  classes: { '1': '橙色（1）', '0': '蓝色（0）' },
  addPoint: '在中间添加一个点',
  editHint: '点击或轻触图添加一个点；拖动一个点来移动它；右键点击删除它。键盘：用 Tab 选中一个点，方向键移动，Delete 删除。',
  editor: '你的数据点：点击添加',
  point: (label, x, y) => `${label === 1 ? '橙色' : '蓝色'}点，位于 (${x}, ${y})。方向键移动，Delete 删除。`,
  count: (n) => `${n} 个点（最多 ${OWN.maxPoints} 个）`,
  tooFew: '至少添加两个点才能训练。',
  full: `数据已满：最多 ${OWN.maxPoints} 个点。`,
  longLink: (n) => `${n} 个点超过了链接能装下的数量（${OWN.linkPoints} 个）：复制的链接里不放这些点，只注明它们在导出的 JSON 文件里。要保存它们，请用“分享与保存”里的“下载网络（JSON）”；载入那个文件就能取回这些点。`,
  away: (n) => `这个链接里没有它的 ${n} 个点：它们在和链接一起导出的 JSON 文件里。载入那个文件（“分享与保存”里的“载入网络（JSON）”）就能取回这些点。`,
  csv: '以 CSV 写出数据点（x,y,label；x 和 y 在 −6 到 6 之间；label 为 0 或 1）',
  csvValues: '以 CSV 写出数据点（x,y,value；x 和 y 在 −6 到 6 之间；value 在 −1 到 1 之间）',
  valuePicker: '点击添加的数值',
  valuePoint: (value, x, y) => `位于 (${x}, ${y}) 的点，数值为 ${value}。方向键移动，Delete 删除。`,
  useCsv: '使用这些点',
  openCsv: '打开 CSV 文件',
  loaded: (n) => `已载入 ${n} 个点。`,
  fileTooBig: '这个文件太大，不像最多 5000 行的 CSV。',
};

export const ownWords: Record<Locale, typeof en> = { en, zh };
export type OwnWords = typeof en;
