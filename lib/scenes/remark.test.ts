import { describe, expect, it } from 'vitest';
import { tempChapterCompiler } from '../content/testChapter';

/** Compiles `body` as the English chapter `s` in a scratch content folder. */
const compile = tempChapterCompiler();

const scene = (steps: string) => `## Intro {#intro}\n\nBefore.\n\n<Scene id="signals">\n\n<Dial />\n\n${steps}\n\n</Scene>\n`;
// The line of the first step in `scene(...)`: front matter (6) + heading, blank, text, blank, Scene, blank, widget, blank.
const FIRST_STEP_LINE = 6 + 9;

describe('scenes in a chapter', () => {
  it('gives each step its cumulative state, and turns an announcement with a step into a step', async () => {
    const chapter = await compile(
      scene(
        [
          '<Step id="calm" set={{ inputs: [0.1, 0.2, 0.3] }}>\n\nCalm.\n\n</Step>',
          '<Announcement step="loud">\n\nNothing changes yet.\n\n</Announcement>',
          '<Step id="bright" set={{ inputs: [1, 1, 1] }}>\n\nBright.\n\n</Step>',
        ].join('\n\n'),
      ),
    );
    expect(chapter.scenes).toEqual([
      {
        id: 'signals',
        widget: 'Dial',
        restart: false,
        glide: ['inputs'],
        steps: [
          { id: 'calm', set: { inputs: [0.1, 0.2, 0.3] }, state: { inputs: [0.1, 0.2, 0.3] } },
          { id: 'loud', set: {}, state: { inputs: [0.1, 0.2, 0.3] } },
          { id: 'bright', set: { inputs: [1, 1, 1] }, state: { inputs: [1, 1, 1] } },
        ],
      },
    ]);
    expect(chapter.slides.find((slide) => slide.section === 'intro' && slide.steps > 0)?.steps).toBe(2);
  }, 20_000);

  it.each([
    ['an unknown key', '<Step id="a" set={{ volume: 3 }}>\n\nA.\n\n</Step>', /Dial has no scene state "volume" \(it has: inputs, depth\)/],
    ['an impossible value', '<Step id="a" set={{ inputs: [0.1, 2, 0.3] }}>\n\nA.\n\n</Step>', /Dial cannot show inputs\.1 = \[0\.1,2,0\.3\]/],
    ['a wrong length', '<Step id="a" set={{ inputs: [0.1] }}>\n\nA.\n\n</Step>', /cannot show inputs/],
    ['a computed value', '<Step id="a" set={{ inputs: rates }}>\n\nA.\n\n</Step>', /`rates` is not a literal value/],
    ['a step without an id', '<Step set={{ inputs: [0, 0, 0] }}>\n\nA.\n\n</Step>', /a step needs an id/],
    ['a repeated id', '<Step id="b">\n\nB.\n\n</Step>\n\n<Step id="b">\n\nB.\n\n</Step>', /:21: step id "b" is used twice/],
    ['prose between steps', 'Loose prose.', /only <Step> and <Announcement step=…> may follow/],
  ])('fails the build on %s, naming the file and line', async (_, steps, message) => {
    const error = await compile(scene(steps)).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^\S*s\/en\.mdx:\d+: /);
    if (!/twice/.test(String(message))) expect((error as Error).message).toContain(`s/en.mdx:${FIRST_STEP_LINE}: `);
    expect((error as Error).message).toMatch(message);
  }, 20_000);

  it('refuses a scene without a widget first, and a step outside a scene', async () => {
    await expect(compile('<Scene id="x">\n\n<Step id="a">\n\nA.\n\n</Step>\n\n</Scene>\n')).rejects.toThrow(/s\/en\.mdx:9: <Scene id="x"> must start with one widget/);
    await expect(compile('Text.\n\n<Step id="a">\n\nA.\n\n</Step>\n')).rejects.toThrow(/s\/en\.mdx:9: <Step> step outside a <Scene>/);
  }, 20_000);
});
