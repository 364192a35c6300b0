/** The book's two languages; the first is the source story's. */
export const locales = ['zh', 'en'] as const;
export type Locale = (typeof locales)[number];

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

/** The BCP 47 tag for `<html lang>`. */
export const htmlLang: Record<Locale, string> = { zh: 'zh-CN', en: 'en' };

export const otherLocale = (lang: Locale): Locale => (lang === 'zh' ? 'en' : 'zh');

/** Interface words, side by side so that the two languages stay in step. */
const ui = {
  bookTitle: { zh: '神经元物语', en: 'Neuron Story' },
  bookSubtitle: {
    zh: '一个 AI 神经元的自述：它如何学会自己的工作',
    en: 'An artificial neuron tells how it learned its job',
  },
  startReading: { zh: '开始阅读', en: 'Start reading' },
  chapter: { zh: '第 {n} 章', en: 'Chapter {n}' },
  contents: { zh: '本章目录', en: 'In this chapter' },
  previous: { zh: '上一章', en: 'Previous' },
  next: { zh: '下一章', en: 'Next' },
  cover: { zh: '封面', en: 'Cover' },
  switchLanguage: { zh: 'English', en: '中文' },
  switchLanguageLabel: { zh: 'English（切换到英文版，同一章节）', en: '中文 (read this section in Chinese)' },
  theme: { zh: '配色', en: 'Theme' },
  themeLight: { zh: '浅色', en: 'Light' },
  themeDark: { zh: '深色', en: 'Dark' },
  themeSystem: { zh: '跟随系统', en: 'System' },
  notFoundTitle: { zh: '这一章不存在', en: 'No such chapter' },
  notFoundBody: {
    zh: '大白翻遍了档案柜，也没找到这一页。也许链接拼错了？',
    en: 'Dabai searched every filing cabinet and could not find this page. Perhaps the link has a typo?',
  },
  backToCover: { zh: '回到封面', en: 'Back to the cover' },
  offlineTitle: { zh: '现在没有网络', en: 'You are offline' },
  offlineBody: {
    zh: '这一页没有存在这台设备上。每一章、每一章的幻灯片、术语表和游乐场都已存好，断网也能读、能训练：从封面开始吧。',
    en: 'This page is not kept on this device. Every chapter, its slides, the glossary and the playground are, and they read and train offline: start from the cover.',
  },
  announcement: { zh: '广播', en: 'Announcement' },
  neuron: { zh: '我', en: 'Me' },
  dabai: { zh: '大白', en: 'Dabai' },
  notes: { zh: '讲者备注', en: 'Speaker notes' },
  endOfBook: { zh: '全书完', en: 'The end' },
  skipToContent: { zh: '跳到正文', en: 'Skip to the text' },
  glossary: { zh: '术语表', en: 'Glossary' },
  search: { zh: '搜索', en: 'Search' },
  present: { zh: '放映幻灯片（课堂用）→', en: 'Present as slides (for class) →' },
  glossaryIntro: {
    zh: '书里出现的每个术语：一句话的解释、英文名，以及它第一次出现的地方。',
    en: 'Every term in the book: a one-line definition, its Chinese name, and where you first meet it.',
  },
  firstAppears: { zh: '首次出现：', en: 'First appears in' },
} as const;

export type UiKey = keyof typeof ui;

/** An interface string in `lang`, with `{name}` placeholders filled. */
export function t(lang: Locale, key: UiKey, vars: Record<string, string | number> = {}): string {
  return ui[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}
