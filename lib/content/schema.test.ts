import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from './schema';

describe('chapter frontmatter', () => {
  it('accepts a complete frontmatter', () => {
    expect(parseFrontmatter({ title: 'I am a neuron', summary: 'Hello.', order: 1 }, 'x.mdx')).toEqual({
      title: 'I am a neuron',
      summary: 'Hello.',
      order: 1,
    });
  });

  it('names the file and the missing field', () => {
    expect(() => parseFrontmatter({ summary: 'Hello.', order: 1 }, 'content/a/en.mdx')).toThrow(
      /content\/a\/en\.mdx.*"title"/,
    );
  });

  it('refuses a blank title and a fractional order, naming both', () => {
    expect(() => parseFrontmatter({ title: '  ', summary: 's', order: 1.5 }, 'f.mdx')).toThrow(/"title".*"order"/);
  });
});
