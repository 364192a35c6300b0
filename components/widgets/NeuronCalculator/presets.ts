import type { NeuronSetting } from './breakdown';

/** The settings the story asks the reader to try, in the order the buttons show them. */
export const PRESET_IDS = ['picnic', 'ignore', 'matters', 'against', 'onlyBias'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

// All start from the picnic table in the chapter (sunshine, chance of rain, friends free)
// and change one idea at a time, so the reader can see which change did what.
const picnic: NeuronSetting = { inputs: [0.5, 0.2, 1], weights: [0.8, -2, 0.6], bias: -0.5 };

export const PRESETS: Record<PresetId, NeuronSetting> = {
  picnic,
  ignore: { ...picnic, weights: [0, -2, 0.6] },
  matters: { ...picnic, weights: [2, -0.4, 0.3] },
  against: { ...picnic, inputs: [0.5, 0.8, 1] },
  onlyBias: { ...picnic, inputs: [0, 0, 0] },
};

const same = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/** The preset the setting is exactly equal to, if any (so its button shows as chosen). */
export function matchingPreset(setting: NeuronSetting): PresetId | null {
  return (
    PRESET_IDS.find((id) => {
      const p = PRESETS[id];
      return same(p.inputs, setting.inputs) && same(p.weights, setting.weights) && p.bias === setting.bias;
    }) ?? null
  );
}
