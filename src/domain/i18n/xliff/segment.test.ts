import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { assembleBody, segmentBody } from './segment.ts';
import { flatten } from './inline.ts';
import { splitMdx } from '../../topics/mdx-file.ts';

const body = `Erster Satz.
Zweiter Satz mit [Link](../wohnen/).

## Titel

<MustDo>

- Gehen Sie zur {stelle}.
- Zweiter Punkt

</MustDo>

<Contact id="migrationsamt" />

| Ausweis | mündlich |
| --- | --- |
| Ausweis C | A2 |
`;

describe('segmentBody', () => {
  it('makes one unit per paragraph, heading, list item and table row; box tags are codes of the first and last unit', () => {
    const { units } = segmentBody(body);
    expect(units.map((u) => u.kind)).toEqual(['paragraph', 'heading', 'list-item', 'list-item', 'table-row', 'table-row']);
    expect(units[2]!.inline[0]).toMatchObject({ kind: 'ph', type: 'box', disp: '<MustDo>' });
    expect(units[3]!.inline.at(-1)).toMatchObject({ kind: 'ph', type: 'box', disp: '</MustDo>' });
    expect(units[2]!.inline).toContainEqual({ kind: 'ph', type: 'placeholder', data: '{stelle}', disp: '{stelle}' });
    expect(units[0]!.inline).toContainEqual(expect.objectContaining({ kind: 'pc', type: 'link', end: '](../wohnen/)' }));
    expect(units[4]!.inline).toContainEqual(expect.objectContaining({ kind: 'ph', type: 'cell' }));
  });

  it('gives back every topic page of content/ byte for byte', () => {
    const root = new URL('../../../../content/topics/', import.meta.url);
    let files = 0;
    for (const locale of readdirSync(root)) {
      for (const name of readdirSync(new URL(`${locale}/`, root))) {
        const parts = splitMdx(readFileSync(new URL(`${locale}/${name}`, root), 'utf8'))!;
        const s = segmentBody(parts.body);
        expect(assembleBody(s.pieces, s.units.map((u) => flatten(u.inline))), `${locale}/${name}`).toBe(parts.body);
        files++;
      }
    }
    expect(files).toBeGreaterThan(24);
  });
});
