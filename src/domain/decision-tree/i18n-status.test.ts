import { describe, expect, it } from 'vitest';
import { formatToolI18nStatus, toolI18nStatus } from './i18n-status.ts';
import { loadOffers, loadTree, loadTreeTexts } from '../../../tests/support/decision-tree.ts';

const tree = loadTree();
const offers = loadOffers();
const texts = loadTreeTexts().filter((f) => f.locale === 'ti');
const ui = { german: { a: 'A', b: 'B' }, files: [] as { locale: string; sourceHash: string; strings: Record<string, string> }[] };

describe('toolI18nStatus', () => {
  it('counts the texts a language lacks and names a language made from an older German', async () => {
    const complete = await toolI18nStatus(tree, offers, texts, { ...ui, files: [{ locale: 'ti', sourceHash: '0000000000000000', strings: { a: 'x', b: 'y' } }] }, ['ti']);
    expect(complete.missing).toBe(0);
    expect(complete.stale).toEqual(['ti']); // the fixed texts' hash is not that of { a, b }
    const gap = structuredClone(texts);
    delete gap[0]!.strings['q.alter'];
    const missing = await toolI18nStatus(tree, offers, gap, { ...ui, files: [{ locale: 'ti', sourceHash: '0000000000000000', strings: { a: 'x' } }] }, ['ti']);
    expect(missing.missing).toBe(2);
    expect(formatToolI18nStatus(missing)).toMatch(/2 missing, 1 stale \(ti\)/);
  });
});
