import { defineWidget } from '../manifest';

/** RollingDownhill (see ../manifest.ts). No scene state yet: no chapter drives it. */
export const RollingDownhill = defineWidget({
  scene: { state: {} },
  height: { narrow: 1230, wide: 1305 },
});
