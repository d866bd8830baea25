// Reads one language's translation work from a content tree (the repository or a copy of it) for the XLIFF
// export and import: German sources, today's translations, hashes. The logic lives in src/domain/i18n/xliff/.
import { readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { canonicalRecord, sourceHash } from '../../src/domain/i18n/source-hash.ts';
import { splitMdx, topicSourceHash } from '../../src/domain/topics/mdx-file.ts';
import { directoryFileSchema, directoryTranslatableTexts, type DirectoryEntry } from '../../src/domain/schemas/directory.ts';
import { glossaryFileSchema, glossaryTranslatableTexts, type GlossaryTerm } from '../../src/domain/schemas/glossary.ts';
import { decisionTreeSchema, offerSchema } from '../../src/domain/schemas/decision-tree.ts';
import { sourceTexts } from '../../src/domain/decision-tree/texts.ts';
import { GERMAN_TERMS, recordFile, topicFile, type CatalogFile } from '../../src/domain/i18n/xliff/catalog.ts';

const STRINGS_FOLDERS = ['ui', 'topics-ui', 'deutschkurse-ui', 'entscheidungstool-ui'] as const;

async function readOptional(path: string): Promise<string | undefined> {
  return existsSync(path) ? readFile(path, 'utf8') : undefined;
}

export async function buildCatalog(root: string, locale: string): Promise<CatalogFile[]> {
  const glossary = glossaryFileSchema.parse(parse(await readFile(join(root, 'content/begriffe/de.yaml'), 'utf8'))) as { terms: GlossaryTerm[] };
  const terms = [...GERMAN_TERMS, ...glossary.terms.map((t) => t.term)];
  const files: CatalogFile[] = [];

  for (const name of (await readdir(join(root, 'content/topics/de'))).filter((f) => f.endsWith('.mdx')).sort()) {
    const slug = name.replace(/\.mdx$/, '');
    const germanText = await readFile(join(root, 'content/topics/de', name), 'utf8');
    const german = splitMdx(germanText)!;
    const fm = parse(german.frontmatter) as { title: string; summary: string };
    const translationText = await readOptional(join(root, 'content/topics', locale, name));
    const translation = translationText === undefined ? undefined : splitMdx(translationText);
    files.push(topicFile({
      slug, locale, terms, sourceHash: await topicSourceHash(fm.title, fm.summary, german.body),
      german: { ...german, text: germanText },
      translation: translation && translationText !== undefined ? { ...translation, text: translationText } : undefined,
    }));
  }

  const strings = async (folder: string, german: Record<string, string>, original: string, header: string, recordsReviewer = true) => {
    files.push(recordFile({ recordsReviewer,
      id: folder, original, target: `content/${folder}/${locale}.yaml`, locale, terms, german,
      sourceHash: await sourceHash(canonicalRecord(german)), header,
      translationText: await readOptional(join(root, 'content', folder, `${locale}.yaml`)),
      path: (key) => ['strings', key],
    }));
  };
  for (const folder of STRINGS_FOLDERS) {
    const german = (parse(await readFile(join(root, 'content', folder, 'de.yaml'), 'utf8')) as { strings: Record<string, string> }).strings;
    await strings(folder, german, `content/${folder}/de.yaml`, `# Translation of content/${folder}/de.yaml (XLIFF import).`);
  }
  const tree = decisionTreeSchema.parse(parse(await readFile(join(root, 'content/entscheidungstool/tree.yaml'), 'utf8')));
  const offerDir = join(root, 'content/angebote');
  const offers = await Promise.all((await readdir(offerDir)).filter((f) => f.endsWith('.yaml')).sort()
    .map(async (f) => offerSchema.parse(parse(await readFile(join(offerDir, f), 'utf8')))));
  await strings('entscheidungstool-texts', sourceTexts(tree, offers), 'content/entscheidungstool/tree.yaml',
    '# Questions, answers, results and offer summaries of the Entscheidungstool (XLIFF import).', false);

  const directory = directoryFileSchema.parse(parse(await readFile(join(root, 'content/adressen/de.yaml'), 'utf8'))) as { entries: DirectoryEntry[] };
  const directoryTexts = directoryTranslatableTexts(directory.entries);
  files.push(recordFile({
    id: 'adressen', original: 'content/adressen/de.yaml', target: `content/adressen/${locale}.yaml`, locale, terms, german: directoryTexts,
    sourceHash: await sourceHash(canonicalRecord(directoryTexts)), header: '# Texts of the address directory (XLIFF import). Names, addresses and numbers stay German.',
    translationText: await readOptional(join(root, 'content/adressen', `${locale}.yaml`)),
    path: (key) => ['entries', ...key.split('.')],
  }));
  const glossaryTexts = glossaryTranslatableTexts(glossary.terms);
  files.push(recordFile({
    id: 'begriffe', original: 'content/begriffe/de.yaml', target: `content/begriffe/${locale}.yaml`, locale, terms, german: glossaryTexts,
    sourceHash: await sourceHash(canonicalRecord(glossaryTexts)), header: '# Glossary (XLIFF import): gloss = short translation of the German term.',
    translationText: await readOptional(join(root, 'content/begriffe', `${locale}.yaml`)),
    // The German word stays; its unit's translation is the gloss shown beside it.
    path: (key) => { const [id, field] = key.split('.') as [string, string]; return ['terms', id, field === 'term' ? 'gloss' : field]; },
  }));
  return files;
}
