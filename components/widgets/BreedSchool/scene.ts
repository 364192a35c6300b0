import { defineScene } from '../../../lib/scenes/define';

/** What a story scene may set on BreedSchool (see lib/scenes/define.ts). None yet: no chapter drives it. */
export const scene = defineScene({ state: {} });
