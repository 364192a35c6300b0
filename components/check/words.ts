import type { Locale } from '@/lib/i18n';

/** The check-yourself words in both languages. */
export const checkWords: Record<
  Locale,
  {
    question: string;
    right: string;
    wrong: string;
    dabai: string;
    answerLabel: string;
    submit: string;
    notANumber: string;
    passed: string;
  }
> = {
  zh: {
    question: '自测题',
    right: '答对了！',
    wrong: '还不对。',
    dabai: '大白提示：',
    answerLabel: '你的答案',
    submit: '提交',
    notANumber: '请输入一个数。',
    passed: '已通过',
  },
  en: {
    question: 'Check',
    right: 'Right!',
    wrong: 'Not quite.',
    dabai: 'Dabai’s hint:',
    answerLabel: 'Your answer',
    submit: 'Check',
    notANumber: 'Type a number.',
    passed: 'Passed',
  },
};
