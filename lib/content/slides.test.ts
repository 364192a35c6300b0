import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { getMDXComponent } from 'mdx-bundler/client';
import { describe, expect, it } from 'vitest';
import { tempChapterCompiler } from './testChapter';

const compiled = tempChapterCompiler();

type Props = Record<string, string> & { children?: ReactNode };
/** Stand-ins that show the structure the compiler made. */
const components = {
  Slide: ({ children, index, section, part }: Props) => createElement('section', { 'data-index': index, 'data-section': section, 'data-part': part }, children),
  SlideBody: ({ children }: Props) => createElement('div', { className: 'body' }, children),
  WidgetSlot: ({ children, id }: Props) => createElement('div', { 'data-slot': id }, children),
  Reveal: ({ children, step }: Props) => createElement('div', { 'data-step': step }, children),
  Notes: ({ children }: Props) => createElement('aside', null, children),
  SlideBreak: () => null,
  Line: ({ children }: Props) => createElement('blockquote', null, children),
  Dial: () => createElement('i', { 'data-widget': 'Dial' }),
  Blank: () => createElement('i', { 'data-widget': 'Blank' }),
};
const html = (code: string) => renderToStaticMarkup(createElement(getMDXComponent(code), { components }));

describe('cutting a chapter into slides', () => {
  it('starts a slide at each section and at each SlideBreak, and numbers reveals per slide', async () => {
    const chapter = await compiled(
      ['## One {#one}', 'First.', '<SlideBreak />', 'Second.', '<Reveal>Step a.</Reveal>', '<Reveal>Step b.</Reveal>', '<Notes>Ask.</Notes>', '## Two {#two}', 'Third.'].join('\n\n'),
    );
    expect(chapter.slides).toEqual([
      { id: 'one', section: 'one', title: 'One', steps: 0 },
      { id: 'one-2', section: 'one', title: 'One', steps: 2 },
      { id: 'two', section: 'two', title: 'Two', steps: 0 },
    ]);
    const page = html(chapter.code);
    expect(page).toContain('<section data-index="2" data-section="one" data-part="2"><div class="body"><p>Second.</p><div data-step="1">Step a.</div><div data-step="2">Step b.</div></div>');
    // Notes stay with the slide they close, outside what the slide shows.
    expect(page).toContain('</div><aside>Ask.</aside></section>');
    expect(page).toContain('<h2 id="two">Two</h2>');
  });

  it('gives widgets a slide of their own and an instance id in reading order', async () => {
    const chapter = await compiled(['## One {#one}', 'Before.', '<Dial />', 'After.', '## Two {#two}', '<Blank />'].join('\n\n'));
    expect(chapter.slides.map((slide) => slide.id)).toEqual(['one', 'one-2', 'one-3', 'two']);
    const page = html(chapter.code);
    expect(page).toContain('<div class="body"><div data-slot="s/1"><i data-widget="Dial"></i></div></div>');
    // A heading with nothing before its widget shares the widget's slide.
    expect(page).toContain('<h2 id="two">Two</h2><div data-slot="s/2"><i data-widget="Blank"></i></div>');
  });

  it('continues a long section on a new slide at a paragraph boundary', async () => {
    const paragraph = 'A sentence of ordinary length that a neuron might say to Dabai. '.repeat(6);
    const chapter = await compiled(['## Long {#long}', ...Array.from({ length: 8 }, () => paragraph)].join('\n\n'));
    expect(chapter.slides.length).toBeGreaterThan(1);
    expect(chapter.slides.every((slide) => slide.section === 'long' && slide.title === 'Long')).toBe(true);
    // Nothing is lost or repeated: eight paragraphs across the slides.
    expect(html(chapter.code).match(/<p>/g)).toHaveLength(8);
  });
});
