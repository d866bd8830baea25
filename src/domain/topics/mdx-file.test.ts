import { describe, expect, it } from 'vitest';
import { splitMdx, topicSourceHash, topicSourceText } from './mdx-file.ts';

describe('splitMdx', () => {
  it('splits frontmatter and body and knows where the body starts', () => {
    expect(splitMdx('---\ntitle: A\nsummary: B\n---\n\nText\n')).toEqual({ frontmatter: 'title: A\nsummary: B', frontmatterLine: 2, body: '\nText\n', bodyLine: 5 });
    expect(splitMdx('Text without frontmatter')).toBeUndefined();
  });
});

describe('topic source hash', () => {
  it('changes when title, summary or body change', async () => {
    const base = await topicSourceHash('Wohnen', 'Kurz.', 'Text.');
    expect(base).toMatch(/^[0-9a-f]{16}$/);
    expect(await topicSourceHash('Wohnung', 'Kurz.', 'Text.')).not.toBe(base);
    expect(await topicSourceHash('Wohnen', 'Kürzer.', 'Text.')).not.toBe(base);
    expect(await topicSourceHash('Wohnen', 'Kurz.', 'Text!')).not.toBe(base);
  });

  it('ignores line endings and whitespace at line ends and around the body', () => {
    expect(topicSourceText('T', 'S', '\r\nA  \r\nB\n\n')).toBe(topicSourceText('T', 'S', 'A\nB'));
  });
});
