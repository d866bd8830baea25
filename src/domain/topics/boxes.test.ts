import { describe, expect, it } from 'vitest';
import { absoluteTopicLinks, boxMarkdown } from './boxes.ts';

const body = `Text vor der Box.

<MustDo>

- Lernen Sie Deutsch. Lesen Sie [Deutsch lernen](../deutsch-lernen/).
- Gehen Sie zum Gespräch.

</MustDo>

## Mehr

<Help>

- Ihre Wohngemeinde hilft.

</Help>
`;

describe('boxMarkdown', () => {
  it('returns only the Markdown inside the boxes of one kind', () => {
    expect(boxMarkdown(body, 'MustDo')).toEqual(['- Lernen Sie Deutsch. Lesen Sie [Deutsch lernen](../deutsch-lernen/).\n- Gehen Sie zum Gespräch.']);
    expect(boxMarkdown(body, 'Help')).toEqual(['- Ihre Wohngemeinde hilft.']);
  });

  it('finds every box in order, also with Windows line ends and without blank lines', () => {
    const two = '<MustDo>\r\n\r\n- Eins\r\n\r\n</MustDo>\r\nText\r\n<MustDo >Zwei</MustDo>\n';
    expect(boxMarkdown(two, 'MustDo')).toEqual(['- Eins', 'Zwei']);
  });

  it('returns nothing for a page without that box, or an empty box', () => {
    expect(boxMarkdown(body, 'Pending')).toEqual([]);
    expect(boxMarkdown('<MustDo>\n\n</MustDo>', 'MustDo')).toEqual([]);
  });
});

describe('absoluteTopicLinks', () => {
  it('points ../<slug>/ and ../ at the topic pages of the given language', () => {
    expect(absoluteTopicLinks('[A](../arbeit/) [B](../wohnen/#miete) [C](../) <a href="../notfall/">D</a>', 'ti'))
      .toBe('[A](/ti/themen/arbeit/) [B](/ti/themen/wohnen/#miete) [C](/ti/themen/) <a href="/ti/themen/notfall/">D</a>');
  });

  it('leaves full URLs, mail links and fragments alone', () => {
    const md = '[so.ch](https://so.ch/) [Mail](mailto:a@example.org) [Oben](#oben)';
    expect(absoluteTopicLinks(md, 'ar')).toBe(md);
  });
});
