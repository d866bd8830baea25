import { describe, expect, it } from 'vitest';
import { html } from './html.ts';

describe('html', () => {
  it('escapes values and keeps nested html', () => {
    const inner = html`<b>${'<script>'}</b>`;
    expect(html`<p title="${'"x"'}">${inner}${['a', '&']}</p>`.value).toBe('<p title="&quot;x&quot;"><b>&lt;script&gt;</b>a&amp;</p>');
  });
});
