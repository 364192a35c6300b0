/** The grey levels the brush paints, as strings so they can name the brush's options. */
export const BRUSHES = ['0', '0.5', '1'] as const;
export type Brush = (typeof BRUSHES)[number];

/** Which word in words.ts names each brush. */
export const BRUSH_NAMES = { '0': 'black', '0.5': 'grey', '1': 'white' } as const satisfies Record<Brush, string>;
