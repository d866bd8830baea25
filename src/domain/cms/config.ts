// The Decap CMS configuration (/admin/config.yml), generated from the zod schemas (see zod-fields.ts).
// German topics first, each language's translations beside them; offers, directory, courses, publications, Infomails.
import { topicFrontmatterSchema } from '../schemas/topic.ts';
import { offerSchema, type Attribute } from '../schemas/decision-tree.ts';
import { courseSchema } from '../schemas/course.ts';
import { publicationSchema } from '../schemas/publications.ts';
import { infomailSchema } from '../schemas/infomail.ts';
import { directoryEntrySchema } from '../schemas/directory.ts';
import { locales, SOURCE_LOCALE_CODE } from '../i18n/locales.ts';
import { objectFields, type CmsField } from './zod-fields.ts';

/** Fields only a translation has: the German source must not carry them (topic schema). */
export const TRANSLATION_ONLY_FIELDS = ['locale', 'status', 'sourceHash', 'reviewedBy', 'reviewedOn'] as const;

export interface CmsCollection {
  name: string;
  label: string;
  folder?: string;
  files?: { name: string; label: string; file: string; fields: CmsField[] }[];
  extension?: string;
  format?: string;
  create?: boolean;
  slug?: string;
  identifier_field?: string;
  fields?: CmsField[];
  description?: string;
  editor?: { preview: boolean };
}

export interface CmsBackend { name: 'github' | 'test-repo'; repo?: string; branch?: string; base_url?: string; auth_endpoint?: string }

// Raw Markdown first: the text is saved as written (box tags, one sentence per line), rich text on request.
const body: CmsField = { name: 'body', label: 'body', widget: 'markdown', modes: ['raw', 'rich_text'], hint: 'Boxes: <MustDo>, <Help>, <Pending> each on its own line with empty lines around the content. Contacts: <Contact id="…" />.' };

/**
 * An offer's `rules` (attribute id → allowed value ids, or `{ min, max }` years for an attribute with age ranges):
 * one optional field per attribute of the Entscheidungstool's tree, so editors pick from the tree's own values.
 */
export function offerRulesField(attributes: readonly Attribute[]): CmsField {
  return {
    name: 'rules', label: 'rules', widget: 'object', required: false,
    hint: 'Only limits a source names. An attribute left empty has no rule.',
    fields: attributes.map((a): CmsField => (a.values.some((v) => v.min !== undefined || v.max !== undefined)
      ? { name: a.id, label: a.text, widget: 'object', required: false, fields: [
        { name: 'min', label: 'min (years)', widget: 'number', value_type: 'int', required: false, min: 0 },
        { name: 'max', label: 'max (years)', widget: 'number', value_type: 'int', required: false, max: 120 },
      ] }
      : { name: a.id, label: a.text, widget: 'select', multiple: true, required: false, options: a.values.map((v) => v.id) })),
  };
}

export function cmsCollections(attributes: readonly Attribute[]): CmsCollection[] {
  const topicFields = objectFields(topicFrontmatterSchema, TRANSLATION_ONLY_FIELDS);
  const translationFields = objectFields(topicFrontmatterSchema).map((f) => (
    f.name === 'sourceHash' || f.name === 'locale'
      ? { ...f, hint: 'Set by npm run i18n:import or npm run i18n:hash; do not edit by hand.' } : f));
  return [
    {
      name: 'topics-de', label: 'Themen (Deutsch, Quelle)', folder: 'content/topics/de', extension: 'mdx', format: 'frontmatter',
      create: true, slug: '{{slug}}', identifier_field: 'title', fields: [...topicFields, body],
      description: 'Changing the German text makes every translation of the page stale. The preview lists the languages affected.',
    },
    ...locales.filter((l) => l.code !== SOURCE_LOCALE_CODE).map((l) => ({
      name: `topics-${l.code}`, label: `Themen ${l.germanName} (${l.code})`, folder: `content/topics/${l.code}`, extension: 'mdx',
      format: 'frontmatter', create: true, slug: '{{slug}}', identifier_field: 'title', fields: [...translationFields, body],
    })),
    { name: 'angebote', label: 'Angebote (Entscheidungstool)', folder: 'content/angebote', extension: 'yaml', format: 'yaml', create: true, slug: '{{id}}', identifier_field: 'id', fields: objectFields(offerSchema, [], { rules: offerRulesField(attributes) }) },
    {
      name: 'adressen', label: 'Adressverzeichnis', files: [{
        name: 'de', label: 'Adressen (Deutsch)', file: 'content/adressen/de.yaml',
        fields: [
          { name: 'locale', label: 'locale', widget: 'hidden', default: SOURCE_LOCALE_CODE },
          { name: 'status', label: 'status', widget: 'hidden', default: 'source' },
          { name: 'entries', label: 'entries', widget: 'list', collapsed: true, summary: '{{fields.name}}', fields: objectFields(directoryEntrySchema), min: 1 },
        ],
      }],
    },
    { name: 'deutschkurse', label: 'Deutschkurse', folder: 'content/deutschkurse', extension: 'yaml', format: 'yaml', create: true, slug: '{{id}}', identifier_field: 'id', fields: objectFields(courseSchema) },
    { name: 'publications', label: 'Publikationen (Bestellservice)', folder: 'content/publications', extension: 'yaml', format: 'yaml', create: true, slug: '{{id}}', identifier_field: 'id', fields: objectFields(publicationSchema) },
    { name: 'infomails', label: 'Infomails', folder: 'content/infomails', extension: 'mdx', format: 'frontmatter', create: true, slug: '{{year}}-{{month}}-{{slug}}', identifier_field: 'title', fields: [...objectFields(infomailSchema), { ...body, hint: 'Text of the Infomail (Markdown).' }] },
  ];
}

/**
 * Local: `npm run cms` (decap-server) serves the working tree, `local_backend` makes Decap use it.
 * Production: the GitHub backend; the OAuth exchange runs in our Pages Function /api/cms-auth.
 */
export function cmsConfig(options: { repo: string; branch: string; siteUrl: string; attributes: readonly Attribute[] }) {
  return {
    backend: { name: 'github', repo: options.repo, branch: options.branch, base_url: options.siteUrl, auth_endpoint: 'api/cms-auth' } satisfies CmsBackend,
    local_backend: true,
    publish_mode: 'simple',
    // An optional field left empty must be absent, not "": the schemas refuse empty strings.
    omit_empty_optional_fields: true,
    media_folder: 'public/media',
    public_folder: '/media',
    site_url: options.siteUrl,
    locale: 'de',
    collections: cmsCollections(options.attributes),
  };
}
