import { afterEach, describe, expect, it } from 'vitest';
import { broadcastLink, type DeckLink } from './link';
import { channelName, type DeckMessage } from './messages';

const open: { close(): void }[] = [];
afterEach(() => open.splice(0).forEach((link) => link.close()));

const link = (lang: string, slug: string): DeckLink => {
  const made = broadcastLink(lang, slug)!;
  open.push(made);
  return made;
};

/** The messages `to` hears until a short quiet spell. */
async function heard(to: DeckLink, send: () => void): Promise<DeckMessage[]> {
  const got: DeckMessage[] = [];
  to.listen((message) => got.push(message));
  send();
  await new Promise((done) => setTimeout(done, 50));
  return got;
}

describe('broadcastLink', () => {
  it('carries valid messages between the windows of one chapter and drops junk', async () => {
    const projector = link('en', 'training');
    const presenter = link('en', 'training');
    const raw = new BroadcastChannel(channelName('en', 'training'));
    open.push(raw);
    const got = await heard(presenter, () => {
      raw.postMessage({ kind: 'deck', index: -4, step: 0, black: false });
      raw.postMessage('<img src=x onerror=alert(1)>');
      projector.post({ kind: 'deck', index: 3, step: 1, black: false });
    });
    expect(got).toEqual([{ kind: 'deck', index: 3, step: 1, black: false }]);
  });

  it('keeps chapters and languages apart', async () => {
    const en = link('en', 'training');
    const zh = link('zh', 'training');
    const other = link('en', 'loss');
    const got = await heard(zh, () => en.post({ kind: 'hello' }));
    const gotOther = await heard(other, () => en.post({ kind: 'hello' }));
    expect(got).toEqual([]);
    expect(gotOther).toEqual([]);
  });
});
