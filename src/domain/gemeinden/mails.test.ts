import { describe, expect, it } from 'vitest';
import { loginMail, orderConfirmationMail, orderStatusMail } from './mails.ts';

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
});
