import type { Locale } from '@/lib/i18n';

/** The scene's own words: which mode the widget is in, and the buttons that change it. */
export const words: Record<Locale, {
  waiting: string;
  following: (step: number, of: number) => string;
  yours: string;
  myTurn: string;
  backToStory: string;
  showMe: string;
  stepLabel: (step: number, of: number) => string;
}> = {
  zh: {
    waiting: '读下去，故事会带着它动起来',
    following: (step, of) => `跟着故事走 · 第 ${step}/${of} 步`,
    yours: '轮到你了：随便试',
    myTurn: '我来试试',
    backToStory: '回到故事',
    showMe: '演示给我看',
    stepLabel: (step, of) => `第 ${step}/${of} 步`,
  },
  en: {
    waiting: 'Read on: the story will move this',
    following: (step, of) => `Following the story · step ${step} of ${of}`,
    yours: 'Your turn: try anything',
    myTurn: 'My turn',
    backToStory: 'Back to the story',
    showMe: 'Show me',
    stepLabel: (step, of) => `Step ${step} of ${of}`,
  },
};
