// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { indexOf, localIndex, whereOf } from './where';

/** A deck's slides as the deck renders them: number, section, and what is on each. */
function deck(slides: [section: string, inner?: string][]) {
  const root = document.createElement('div');
  root.innerHTML = slides.map(([section, inner = ''], i) => `<section data-slide="${i}" data-section="${section}">${inner}</section>`).join('');
  return root;
}

// The same chapter in two languages: English needs more slides for "arrival" and "try-it".
const zh = deck([['title'], ['arrival'], ['arrival'], ['try-it'], ['try-it', '<div data-check="slider-back"></div>'], ['end']]);
const en = deck([['title'], ['arrival'], ['arrival'], ['arrival'], ['try-it'], ['try-it'], ['try-it', '<div data-check="slider-back"></div>'], ['end']]);

describe('a slide’s place across languages', () => {
  it('finds the slide with the same question, whatever its number', () => {
    const where = whereOf(4, zh)!;
    expect(where).toEqual({ section: 'try-it', part: 2, parts: 2, anchor: { kind: 'check', id: 'slider-back' } });
    expect(indexOf(where, en)).toBe(6);
  });

  it('maps a text slide to the same share of its section, and the end to the end', () => {
    expect(indexOf(whereOf(2, zh)!, en)).toBe(2); // second half of arrival: en's 2nd of 3
    expect(indexOf(whereOf(3, zh)!, en)).toBe(4);
    expect(indexOf(whereOf(5, zh)!, en)).toBe(7);
    expect(indexOf(whereOf(0, zh)!, en)).toBe(0);
  });

  it('keeps the teacher’s number when the place is unknown or malformed', () => {
    expect(localIndex({ kind: 'deck', index: 3, where: { section: 'nowhere', part: 1, parts: 1 } })).toMatchObject({ index: 3 });
    expect(localIndex({ kind: 'deck', index: 3, where: { section: '"]<x>', part: 1, parts: 1 } })).toMatchObject({ index: 3 });
  });
});
