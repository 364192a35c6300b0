import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { list, num, oneOf } from '../scenes/limits';
import type { WidgetVocabularies } from '../scenes/define';
import { compileChapter } from './compile';

const temp: string[] = [];

/**
 * Stand-in widgets for compiler tests (the book's own come from their manifests): a dial with
 * three signals that glide and a depth that jumps, and a blank that a scene cannot drive.
 */
export const testWidgets: WidgetVocabularies = {
  Dial: { state: { inputs: list(num(-1, 1), { length: 3 }), depth: oneOf(0, 1, 2) }, glide: ['inputs'] },
  Blank: { state: {} },
};

/**
 * For compiler tests: writes `body` as a one-chapter book (the same text in zh and en) in a
 * folder removed after each test, and compiles its English side as the build would.
 */
export function tempChapterCompiler() {
  afterEach(() => temp.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));
  return async function compiled(body: string) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chapter-'));
    temp.push(dir);
    fs.mkdirSync(path.join(dir, 's'), { recursive: true });
    for (const lang of ['zh', 'en']) {
      fs.writeFileSync(path.join(dir, 's', `${lang}.mdx`), `---\ntitle: T\nsummary: S.\norder: 1\n---\n\n${body}\n`);
    }
    return compileChapter('s', 'en', testWidgets, dir);
  };
}
