import { describe, expect, it } from 'vitest';
import { hreflangAlternates } from './alternates.ts';
import { locales } from './locales.ts';

const site = new URL('https://integration.so.ch');

describe('hreflangAlternates', () => {
  it('lists the same path in every language, absolute, plus x-default to German', () => {
    const links = hreflangAlternates('/ar/themen/notfall/', site);
    expect(links).toHaveLength(locales.length + 1);
    expect(links).toContainEqual({ hreflang: 'ti', href: 'https://integration.so.ch/ti/themen/notfall/' });
    expect(links).toContainEqual({ hreflang: 'de-CH', href: 'https://integration.so.ch/de/themen/notfall/' });
    expect(links.at(-1)).toEqual({ hreflang: 'x-default', href: 'https://integration.so.ch/de/themen/notfall/' });
  });

  it('leaves out languages that do not have the page, but never German', () => {
    const links = hreflangAlternates('/fr/themen/erste-schritte/', site, ['fr', 'ar']);
    expect(links.map((l) => l.hreflang)).toEqual(['de-CH', 'fr-CH', 'ar', 'x-default']);
  });

  it('is the same set from every language version of a page (reciprocal)', () => {
    const a = hreflangAlternates('/ti/begriffe/', site);
    const b = hreflangAlternates('/de/begriffe/', site);
    expect(a).toEqual(b);
  });
});
