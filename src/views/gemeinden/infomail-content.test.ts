import { describe, expect, it } from 'vitest';
import { renderInfomailContent } from './infomail-content.ts';

const source = `## Neu im Bestellservice

Die **Erstinformationsmappe** gibt es jetzt auf [Tigrinya](https://example.org/ti).

- Bestellen Sie *bis Freitag*.
- Fragen an [integration@example.org](mailto:integration@example.org)

<script>alert(1)</script>`;

describe('renderInfomailContent', () => {
  const { html, text } = renderInfomailContent(source);
  it('makes real HTML of the Markdown and drops raw HTML', () => {
    expect(html).toContain('<h2>Neu im Bestellservice</h2>');
    expect(html).toContain('<strong>Erstinformationsmappe</strong>');
    expect(html).toContain('<a href="https://example.org/ti">Tigrinya</a>');
    expect(html).toContain('<li>Bestellen Sie <em>bis Freitag</em>.</li>');
    expect(html).not.toContain('<script');
  });
  it('makes a plain-text part without Markdown signs', () => {
    expect(text).toBe([
      'Neu im Bestellservice',
      'Die Erstinformationsmappe gibt es jetzt auf Tigrinya (https://example.org/ti).',
      '- Bestellen Sie bis Freitag.\n- Fragen an integration@example.org',
    ].join('\n\n'));
    expect(text).not.toMatch(/\*\*|\]\(|^#/m);
  });
});
