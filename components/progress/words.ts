import type { Locale } from '@/lib/i18n';

/** The progress features' words in both languages. */
export const progressWords: Record<
  Locale,
  {
    migrated: string;
    repaired: string;
    reset: string;
    newer: string;
    unremembered: string;
    dismiss: string;
    continue: string;
    read: string;
    started: string;
    yourProgress: string;
    chaptersRead: (n: number, total: number) => string;
    checksPassed: (n: number) => string;
    exportFile: string;
    importFile: string;
    forget: string;
    forgetConfirm: string;
    imported: string;
    importFailed: string;
  }
> = {
  zh: {
    migrated: '你的阅读进度来自旧版本，已经升级，什么都没丢。',
    repaired: '保存的阅读进度有一部分损坏了，我们保留了还能读懂的部分；原来的记录另存了一份备份。',
    reset: '保存的阅读进度无法读取，已重新开始记录；原来的记录另存了一份备份。',
    newer: '你的阅读进度是这本书更新的版本保存的。这里能读懂的部分都显示出来了，但这个版本不会改写它：这次的进度只保留到关掉页面为止。',
    unremembered: '这个浏览器不让网站保存数据，所以这次读到哪里、答对了哪些，关掉页面后就记不住了。书照样能读，组件照样能用。',
    dismiss: '知道了',
    continue: '从上次的地方继续',
    read: '已读',
    started: '读过一部分',
    yourProgress: '你的进度',
    chaptersRead: (n, total) => `已读 ${n} / ${total} 章`,
    checksPassed: (n) => `通过了 ${n} 道自测题`,
    exportFile: '导出进度',
    importFile: '导入进度',
    forget: '清除我的进度',
    forgetConfirm: '确定要清除全部阅读进度吗？',
    imported: '进度已导入。',
    importFailed: '这个文件不是神经元物语的进度文件，原来的进度保持不变。',
  },
  en: {
    migrated: 'Your progress came from an older version of the book; it was upgraded and nothing was lost.',
    repaired: 'Part of your saved progress was damaged; we kept everything that could still be read, and a copy of the old record.',
    reset: 'Your saved progress could not be read, so it starts afresh; a copy of the old record is kept.',
    newer: 'Your saved progress was written by a newer edition of the book. What this edition can read is shown, but it will not write over it: progress made here lasts until you close the page.',
    unremembered: 'This browser does not let sites keep data, so where you got to and the checks you passed are forgotten when you close the page. The book reads and the widgets work all the same.',
    dismiss: 'OK',
    continue: 'Continue where you left off',
    read: 'Read',
    started: 'Started',
    yourProgress: 'Your progress',
    chaptersRead: (n, total) => `${n} of ${total} chapters read`,
    checksPassed: (n) => `${n} check questions passed`,
    exportFile: 'Export progress',
    importFile: 'Import progress',
    forget: 'Forget my progress',
    forgetConfirm: 'Forget all your reading progress?',
    imported: 'Progress imported.',
    importFailed: 'That file is not Neuron Story progress; your progress is unchanged.',
  },
};
