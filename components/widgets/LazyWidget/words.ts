export const words = {
  zh: {
    loading: '互动组件正在准备……',
    failed: '这个互动组件没能载入（也许网络断了）。这一章的其余部分不受影响。',
    retry: '再试一次',
  },
  en: {
    loading: 'Getting the widget ready…',
    failed: 'This widget could not be loaded (perhaps the connection dropped). The rest of the chapter is fine.',
    retry: 'Try again',
  },
};
