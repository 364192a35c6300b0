import type { Locale } from '@/lib/i18n';

/** Everything PictureToNumbers says, in both languages. Numbers arrive already formatted. */
export const words: Record<
  Locale,
  {
    title: string;
    breed: string;
    another: string;
    restore: string;
    pictureNo: (n: number) => string;
    stepPicture: string;
    stepGrid: string;
    stepColumn: string;
    pictureLabel: (breed: string, n: number) => string;
    gridLabel: string;
    brush: string;
    brushes: { black: string; grey: string; white: string };
    paintHint: string;
    row: (row: number, col: number) => string;
    zoom: (rows: string, cols: string) => string;
    column: string;
    neuronTitle: string;
    weightsLabel: string;
    caption: string;
    thisPixel: string;
    sumIs: string;
    summary: (breed: string, n: number, index: number, row: number, col: number, value: string, z: string) => string;
  }
> = {
  zh: {
    title: '试一试：从图片到数字',
    breed: '品种',
    another: '换一张',
    restore: '恢复原图',
    pictureNo: (n) => `第 ${n} 张`,
    stepPicture: '① 图片',
    stepGrid: '② 16 × 16 个像素',
    stepColumn: '③ 256 个数',
    pictureLabel: (breed, n) => `${breed}的图片，第 ${n} 张，放大显示`,
    gridLabel: '像素网格，16 × 16。方向键移动光标，空格或回车用画笔涂这个像素。',
    brush: '画笔',
    brushes: { black: '黑 0', grey: '灰 0.5', white: '白 1' },
    paintHint: '在网格上按住拖动来涂抹；也可以用方向键和空格。',
    row: (row, col) => `第 ${row} 行，第 ${col} 列`,
    zoom: (rows, cols) => `放大：第 ${rows} 行，第 ${cols} 列`,
    column: '输入向量',
    neuronTitle: '一个神经元在找什么',
    weightsLabel: '斑点狗神经元的 256 个权重，摆成 16 × 16 的图',
    caption:
      '这是一个单层网络里“斑点狗”神经元的权重：本书的引擎从全零权重出发，用 400 张程序画的狗图训练了 300 步。橙色：这里越亮，z 越大；蓝色：这里越亮，z 越小；颜色很淡：这个像素几乎不影响结果。',
    thisPixel: '这个像素贡献',
    sumIs: '加权求和',
    summary: (breed, n, index, row, col, value, z) =>
      `${breed}，第 ${n} 张，共 256 个数。光标在第 ${row} 行第 ${col} 列，输入 a${index} = ${value}。斑点狗神经元的加权求和 z = ${z}。`,
  },
  en: {
    title: 'Try it: from a picture to numbers',
    breed: 'Breed',
    another: 'Another picture',
    restore: 'Restore picture',
    pictureNo: (n) => `picture ${n}`,
    stepPicture: '1 · The picture',
    stepGrid: '2 · 16 × 16 pixels',
    stepColumn: '3 · 256 numbers',
    pictureLabel: (breed, n) => `${breed}, picture ${n}, enlarged`,
    gridLabel: 'Pixel grid, 16 by 16. Arrow keys move the cursor; Space or Enter paints the pixel with the brush.',
    brush: 'Brush',
    brushes: { black: 'Black 0', grey: 'Grey 0.5', white: 'White 1' },
    paintHint: 'Press and drag over the grid to paint, or use the arrow keys and Space.',
    row: (row, col) => `row ${row}, column ${col}`,
    zoom: (rows, cols) => `Close-up: rows ${rows}, columns ${cols}`,
    column: 'Input vector',
    neuronTitle: 'What one neuron looks for',
    weightsLabel: 'The Dalmatian neuron’s 256 weights, laid out as a 16 × 16 picture',
    caption:
      'The weights of the “Dalmatian” neuron of a one-layer network that this book’s engine trained from all-zero weights on 400 drawn dog pictures (300 steps). Orange: brightness here raises z. Blue: brightness here lowers z. Pale: this pixel hardly matters.',
    thisPixel: 'This pixel adds',
    sumIs: 'Weighted sum',
    summary: (breed, n, index, row, col, value, z) =>
      `${breed}, picture ${n}: 256 numbers. Cursor at row ${row}, column ${col}: input a${index} = ${value}. The Dalmatian neuron’s weighted sum z = ${z}.`,
  },
};
