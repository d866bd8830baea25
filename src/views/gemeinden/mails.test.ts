import { describe, expect, it } from 'vitest';
import { infomailMail, loginMail, orderConfirmationMail, orderStatusMail } from './mails.ts';

describe('mails', () => {
  it('put the login link in both parts', () => {
    const m = loginMail('https://x.test/gemeinden/login/bestaetigen/?token=abc');
    expect(m.text).toContain('https://x.test/gemeinden/login/bestaetigen/?token=abc');
    expect(m.html).toContain('href="https://x.test/gemeinden/login/bestaetigen/?token=abc"');
  });
  it('escape what a Gemeinde typed', () => {
    const m = orderConfirmationMail([], {
      orderId: 'B-1', gemeinde: 'G', contactPerson: 'A & B', deliveryAddress: 'Zeile 1\n"Zeile 2"', remark: '',
      items: [{ publication: 'p', language: 'ti', quantity: 3 }],
    });
    expect(m.html).toContain('A &amp; B');
    expect(m.html).toContain('Zeile 1<br>&quot;Zeile 2&quot;');
    expect(m.text).toContain('- 3 × p (Tigrinya)');
  });
  it('say "versandt" in the subject', () => {
    expect(orderStatusMail('B-1', 'versandt').subject).toBe('Bestellung B-1: versandt');
  });
  it('carry an Infomail\'s built HTML in the HTML part and its plain text in the text part', () => {
    const m = infomailMail('Neu <3', { html: '<p><strong>fett</strong></p>', text: 'fett' }, 'https://x.test/a/');
    expect(m.html).toContain('<h1>Neu &lt;3</h1><p><strong>fett</strong></p>');
    expect(m.text).toBe('Neu <3\n\nfett\n\nIm Login-Bereich lesen: https://x.test/a/\n\n-- \nKoordinationsstelle Integration, Kanton Solothurn');
  });
  it('list what was shipped in the "versandt" mail, in both parts', () => {
    const catalogue = [{ id: 'mappe', title: 'Erstinformationsmappe', kind: 'erstinformationsmappe' as const, description: 'x', languages: ['ti'], unit: 'Mappe', maxPerOrder: 50, order: 0, sample: true }];
    const m = orderStatusMail('B-1', 'versandt', { catalogue, items: [{ publication: 'mappe', language: 'ti', quantity: 20 }, { publication: 'mappe', language: 'de', quantity: 5 }] });
    expect(m.text).toContain('Im Paket:\n- 20 × Erstinformationsmappe (Tigrinya), Mappe\n- 5 × Erstinformationsmappe (Deutsch), Mappe');
    expect(m.html).toContain('<li>20 × Erstinformationsmappe (Tigrinya), Mappe</li>');
  });
});
