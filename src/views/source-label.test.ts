import { describe, expect, it } from 'vitest';
import { sourceLabel } from './source-label.ts';

describe('sourceLabel', () => {
  it('shows a long so.ch address as the site and the last path part', () => {
    expect(sourceLabel('https://so.ch/verwaltung/departement-des-innern/amt-fuer-gesellschaft-und-soziales/integration-und-gleichstellung/integrationsfoerderung/deutsch-integrationskurse'))
      .toBe('so.ch › deutsch-integrationskurse');
  });

  it('drops www. and shows a home page as the site alone', () => {
    expect(sourceLabel('https://www.w3.org/')).toBe('w3.org');
  });

  it('shortens a long last part and drops a file ending', () => {
    expect(sourceLabel('https://adis.ch/de/grundlagen/e-accessibility/standards/ech-0059-accessibility-standard-65.html'))
      .toBe('adis.ch › ech-0059-accessibility-standard-65');
    const label = sourceLabel('https://www.grenchnertagblatt.ch/solothurn/google-translate-in-der-arztpraxis-wenn-der-professionelle-dolmetscher-zu-teuer-ist-136425532');
    expect(label.startsWith('grenchnertagblatt.ch › google-translate')).toBe(true);
    expect(label.length).toBeLessThanOrEqual('grenchnertagblatt.ch › '.length + 40);
  });

  it('keeps what is not a URL as it is', () => {
    expect(sourceLabel('not a url')).toBe('not a url');
  });
});
