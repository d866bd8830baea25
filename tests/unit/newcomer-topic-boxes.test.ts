// Every newcomer topic (a tile on the home page) says what a person must do and where to get help:
// a <MustDo> and a <Help> box in the German source, which every translation keeps (validate.ts checks the order).
import { describe, expect, it } from 'vitest';
import { loadTopics } from '../../scripts/lib/topics.ts';
import { boxMarkdown } from '../../src/domain/topics/boxes.ts';

const root = new URL('../../', import.meta.url).pathname;

describe('newcomer topics', async () => {
  const german = (await loadTopics(root)).filter((t) => t.locale === 'de' && t.data.group === 'topic' && t.data.audience === 'newcomers');

  it('there are at least 20 of them', () => {
    expect(german.length).toBeGreaterThanOrEqual(20);
  });

  it.each(german.map((t) => [t.slug, t] as const))('%s has a <MustDo> and a <Help> box', (_slug, topic) => {
    expect(boxMarkdown(topic.body, 'MustDo').length, 'MustDo').toBeGreaterThan(0);
    expect(boxMarkdown(topic.body, 'Help').length, 'Help').toBeGreaterThan(0);
  });
});
