/** Story-kit elements chapters may use without imports. */
export const storyKitNames = ['Line', 'Announcement', 'Term', 'Figure', 'Notes', 'Check', 'Choice', 'NumberAnswer', 'Explain', 'Predict', 'Option', 'Outcome'] as const;

/** Live widgets chapters may embed; zh and en of a chapter must use the same ones. */
export const widgetNames = [
  'NeuronSignal',
  'NeuronCalculator',
  'PictureToNumbers',
  'LayerSignals',
  'ActivationExplorer',
  'BendTheLine',
  'TrainingFloor',
  'LossExplorer',
  'BackpropSteps',
  'BackpropChain',
  'RollingDownhill',
  'LearningRateRace',
  'BreedSchool',
] as const;

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

export type StoryKitName = (typeof storyKitNames)[number] | (typeof slideKitNames)[number] | (typeof sceneKitNames)[number] | (typeof compilerKitNames)[number];
export type WidgetName = (typeof widgetNames)[number];
export type MdxName = StoryKitName | WidgetName;

export const isWidgetName = (name: string): name is WidgetName =>
  (widgetNames as readonly string[]).includes(name);

export const isMdxName = (name: string): name is MdxName =>
  isWidgetName(name) || (storyKitNames as readonly string[]).includes(name) || (slideKitNames as readonly string[]).includes(name) || (sceneKitNames as readonly string[]).includes(name);
