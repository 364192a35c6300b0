import type { Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import type { Program } from 'estree';
import { visit } from 'unist-util-visit';
import type { JsonValue } from '../json';
import { literalValue } from './literal';
import { problem } from './limits';
import type { SceneVocabulary, WidgetVocabularies } from './define';

/** What a scene does, as the compiler hands it to the page (and to tests comparing zh with en). */
export interface ScenePlan {
  id: string;
  widget: string;
  restart: boolean;
  glide: string[];
  /** In reading order; `state` is cumulative (every earlier step's `set`, then this one's). */
  steps: { id: string; set: Record<string, JsonValue>; state: Record<string, JsonValue> }[];
}

type State = Record<string, JsonValue>;

const isElement = (node: RootContent | undefined, name?: string): node is MdxJsxFlowElement =>
  node?.type === 'mdxJsxFlowElement' && (name === undefined || node.name === name);

const stringAttribute = (node: MdxJsxFlowElement, name: string) => {
  const attribute = node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
};

const attribute = (name: string, value: string): MdxJsxAttribute => ({ type: 'mdxJsxAttribute', name, value });

/**
 * Checks every `<Scene>` of a chapter against the widgets' vocabularies and prepares it for
 * the page: the plan (ids, cumulative states) goes on the Scene as JSON, each step gets its
 * index, and an `<Announcement step=…>` becomes a `<Step>` holding that announcement. A
 * malformed scene throws `<file>:<line>: <what is wrong>`. Runs before remarkSlides.
 */
export function remarkScenes(options: { file: string; plans: ScenePlan[]; widgets: WidgetVocabularies }) {
  const fail = (node: { position?: { start: { line: number } } } | undefined, message: string): never => {
    throw new Error(`${options.file}:${node?.position?.start.line ?? '?'}: ${message}`);
  };
  return () => (tree: Root) => {
    const stepIds = new Set<string>();
    visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement, _index, parent) => {
      if (node.name === 'Step' || (node.name === 'Announcement' && stringAttribute(node, 'step') !== undefined)) {
        // Checked before the scene is rebuilt (its parent is then the Scene) or after (its SceneSteps).
        if (!isElement(parent as RootContent, 'Scene') && !isElement(parent as RootContent, 'SceneSteps')) fail(node, `<${node.name}> step outside a <Scene>`);
      }
      if (node.name !== 'Scene') return;
      const plan = scenePlan(node, fail, stepIds, options.widgets);
      options.plans.push(plan);
      node.attributes = [attribute('id', plan.id), attribute('plan', JSON.stringify(plan))];
    });
  };
}

type Fail = (node: { position?: { start: { line: number } } } | undefined, message: string) => never;

function scenePlan(scene: MdxJsxFlowElement, fail: Fail, stepIds: Set<string>, widgets: WidgetVocabularies): ScenePlan {
  const id = stringAttribute(scene, 'id');
  if (!id || !/^[a-z0-9-]+$/.test(id)) fail(scene, '<Scene> needs an id="lowercase-with-dashes"');
  const [first, ...rest] = scene.children as RootContent[];
  if (!isElement(first) || !first.name || !Object.hasOwn(widgets, first.name)) {
    return fail(first ?? scene, `<Scene id="${id}"> must start with one widget (one of the registered widgets), then its steps`);
  }
  const widget = first.name;
  const vocabulary = widgets[widget]!;
  const steps: ScenePlan['steps'] = [];
  let state: State = {};
  const stepNodes = rest.map((node) => {
    if (node.type === 'heading') fail(node, 'a heading cannot sit inside a <Scene>; end the scene before the next section');
    const step = isElement(node, 'Step') ? node : isElement(node, 'Announcement') && stringAttribute(node, 'step') !== undefined ? node : null;
    if (!step) return fail(node, `inside <Scene id="${id}">, after the widget, only <Step> and <Announcement step=…> may follow`);
    const stepId = stringAttribute(step, step.name === 'Step' ? 'id' : 'step');
    if (!stepId || !/^[a-z0-9-]+$/.test(stepId)) fail(step, `a step needs an id="lowercase-with-dashes"`);
    if (stepIds.has(stepId!)) fail(step, `step id "${stepId}" is used twice in this chapter`);
    stepIds.add(stepId!);
    const set = stepValues(step, widget, vocabulary, fail);
    state = { ...state, ...set };
    steps.push({ id: stepId!, set, state });
    const marks = [attribute('id', stepId!), attribute('index', String(steps.length - 1))];
    if (step.name === 'Step') return { ...step, attributes: marks };
    // The announcement keeps its own look; the step around it does the driving.
    const announcement = { ...step, attributes: step.attributes.filter((a) => a.type !== 'mdxJsxAttribute' || (a.name !== 'step' && a.name !== 'set')) };
    return { ...step, name: 'Step', attributes: [...marks, attribute('kind', 'announcement')], children: [announcement] };
  });
  // The page lays out the widget (sticky on wide screens) and the steps in two named parts.
  scene.children = [
    { type: 'mdxJsxFlowElement', name: 'SceneStage', attributes: [], children: [first] },
    { type: 'mdxJsxFlowElement', name: 'SceneSteps', attributes: [], children: stepNodes as MdxJsxFlowElement['children'] },
  ];
  if (steps.length === 0) fail(scene, `<Scene id="${id}"> has no steps`);
  return { id: id!, widget, restart: vocabulary.restart ?? false, glide: [...(vocabulary.glide ?? [])], steps };
}

/** The step's `set={{…}}`, checked key by key against the widget's vocabulary. */
function stepValues(step: MdxJsxFlowElement, widget: string, vocabulary: SceneVocabulary, fail: Fail): State {
  const set = step.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'set');
  if (!set) return {};
  if (typeof set.value !== 'object' || set.value === null) return fail(step, 'write set={{ key: value }}');
  let value: JsonValue;
  try {
    value = literalValue(set.value.data?.estree as Program | undefined);
  } catch (error) {
    return fail(step, `set: ${(error as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(step, 'set must be an object: set={{ key: value }}');
  const known = Object.keys(vocabulary.state);
  for (const [key, item] of Object.entries(value)) {
    const limit = vocabulary.state[key];
    if (!limit) fail(step, `${widget} has no scene state "${key}"${known.length ? ` (it has: ${known.join(', ')})` : ' (it declares none in its manifest)'}`);
    const issue = problem(limit!, item);
    if (issue) fail(step, `${widget} cannot show ${[key, ...issue.path].join('.')} = ${JSON.stringify(item)}: ${issue.message}`);
  }
  return value as State;
}
