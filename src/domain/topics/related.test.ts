import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { relatedByTopic, relatedFor, relatedHref } from './related.ts';

const germanTopics = readdirSync(new URL('../../../content/topics/de/', import.meta.url)).map((f) => f.replace(/\.mdx$/, ''));

describe('related pages of topics', () => {
  it('names only topics that exist in German', () => {
    for (const slug of Object.keys(relatedByTopic)) expect(germanTopics, slug).toContain(slug);
  });

  it('links "Deutsch lernen" to the course finder in the reader\'s language', () => {
    expect(relatedFor('deutsch-lernen').map((t) => relatedHref(t, 'ti'))).toContain('/ti/deutschkurse/');
  });

  it('keeps the Entscheidungstool reachable from the topics', () => {
    const topicsWithTool = Object.keys(relatedByTopic).filter((slug) => relatedFor(slug).some((t) => t.kind === 'decisionTool'));
    expect(topicsWithTool.length).toBeGreaterThan(0);
    expect(relatedHref({ kind: 'decisionTool' }, 'ar')).toBe('/ar/entscheidungstool/');
  });

  it('gives a filtered course-finder link the finder accepts, and nothing for a topic without entries', () => {
    expect(relatedHref({ kind: 'courses', filter: 'childcare' }, 'de')).toBe('/de/deutschkurse/?childcare=1');
    expect(relatedFor('notfall')).toEqual([]);
  });
});
