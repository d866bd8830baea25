// The address directory files as committed (content/adressen): every translation covers every German
// entry (a missing id or field would silently show German), and the Sozialregion comment in de.yaml states
// how many of the canton's 13 Sozialregionen are listed, so the "others are Pending" note stays true.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { directoryFileSchema, type DirectoryEntry } from '../../src/domain/schemas/directory.ts';

const folder = join(import.meta.dirname, '../../content/adressen');
const germanText = readFileSync(join(folder, 'de.yaml'), 'utf8');
const german = directoryFileSchema.parse(parse(germanText)) as { entries: DirectoryEntry[] };
const translationFiles = readdirSync(folder).filter((f) => f.endsWith('.yaml') && f !== 'de.yaml');

describe('content/adressen', () => {
  it.each(translationFiles)('%s translates every description and openingNote of de.yaml', (file) => {
    const translation = parse(readFileSync(join(folder, file), 'utf8')) as { entries: Record<string, { description?: string; openingNote?: string }> };
    const missing = german.entries.flatMap((e) => [
      ...(translation.entries[e.id]?.description ? [] : [`${e.id}.description`]),
      ...(e.openingNote && !translation.entries[e.id]?.openingNote ? [`${e.id}.openingNote`] : []),
    ]);
    expect(missing).toEqual([]);
  });

  it('lists at most the 13 Sozialregionen, and the comment in de.yaml says how many', () => {
    const listed = german.entries.filter((e) => e.kind === 'sozialregion').length;
    expect(listed).toBeLessThanOrEqual(13);
    const stated = /Sozialregionen: 13 in the canton[^]*?(\d+) are listed here/.exec(germanText)?.[1];
    expect(Number(stated)).toBe(listed);
  });
});
