/** Story-kit elements chapters may use without imports (the mdx kit's registry.tsx binds each to its component). */
export const storyKitNames = ['Line', 'Announcement', 'Term', 'Figure', 'Notes', 'Check', 'Choice', 'NumberAnswer', 'Explain', 'Predict', 'Option', 'Outcome'] as const;

/**
 * Slide kit: authors may write `<SlideBreak />` and `<Reveal>`; the compiler adds `Slide`,
 * `SlideBody` and `WidgetSlot` (lib/content/slides.ts). The reading page looks as without them.
 */
export const slideKitNames = ['SlideBreak', 'Reveal', 'Slide', 'SlideBody', 'WidgetSlot'] as const;

/**
 * Scene kit: `<Scene>` around a widget and its `<Step>`s, which the story uses to drive the
 * widget (lib/scenes). `<Announcement step=…>` is a step too; the compiler adds the other two.
 */
export const sceneKitNames = ['Scene', 'Step', 'SceneStage', 'SceneSteps'] as const;

/** Added by the compiler only: each typeset formula (lib/content/mathHtml.ts). */
export const compilerKitNames = ['MathHtml'] as const;

export type KitName = (typeof storyKitNames)[number] | (typeof slideKitNames)[number] | (typeof sceneKitNames)[number] | (typeof compilerKitNames)[number];

/** True for a story-kit name an author may write (the compiler's own additions included). */
export const isKitName = (name: string): name is KitName =>
  [storyKitNames, slideKitNames, sceneKitNames, compilerKitNames].some((names) => (names as readonly string[]).includes(name));
