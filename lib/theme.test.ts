import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { darkPalette, divergingTable, lightPalette } from './theme';

describe('divergingTable', () => {
  it('runs from the negative colour through the paper to the positive colour, one table per palette', () => {
    const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
    for (const palette of [lightPalette, darkPalette]) {
      const table = divergingTable(palette);
      expect(Array.from(table.slice(0, 3))).toEqual(rgb(palette.neg));
      expect(Array.from(table.slice(255 * 3))).toEqual(rgb(palette.pos));
      // every canvas of a theme reads the same table instead of making its own
      expect(divergingTable(palette)).toBe(table);
    }
    expect(divergingTable(darkPalette)).not.toEqual(divergingTable(lightPalette));
  });
});

describe('palettes', () => {
  it('are the colours app/globals.css gives each theme (canvases draw with them, the page with CSS)', () => {
    const css = fs.readFileSync('app/globals.css', 'utf8');
    const block = (selector: string) => css.slice(css.indexOf(`${selector} {`), css.indexOf('}', css.indexOf(`${selector} {`)));
    const read = (text: string, name: string) => new RegExp(`--${name}:\\s*(#[0-9a-f]{6});`).exec(text)?.[1];
    for (const [selector, palette] of [[':root', lightPalette], [":root[data-theme='dark']", darkPalette]] as const) {
      const text = block(selector);
      for (const [name, colour] of Object.entries(palette)) expect(read(text, name), `${selector} --${name}`).toBe(colour);
    }
  });
});
