// Issue 17: the CMS form and the zod schemas must not drift apart. The config is generated from the schemas;
// these tests check the generator against the schemas independently (field names, required, options).
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { cmsCollections, TRANSLATION_ONLY_FIELDS } from './config.ts';
import { shapeOf, type CmsField } from './zod-fields.ts';
import { topicFrontmatterSchema } from '../schemas/topic.ts';
import { offerSchema } from '../schemas/decision-tree.ts';
import { courseSchema } from '../schemas/course.ts';
import { publicationSchema } from '../schemas/publications.ts';
import { infomailSchema } from '../schemas/infomail.ts';
import { directoryEntrySchema } from '../schemas/directory.ts';
import { loadTree, loadOffers } from '../../../tests/support/decision-tree.ts';

const tree = loadTree();
const collections = cmsCollections(tree.attributes);
const fieldsOf = (name: string) => collections.find((c) => c.name === name)!.fields!;
const names = (fields: readonly CmsField[]) => fields.map((f) => f.name).filter((n) => n !== 'body').sort();
const keys = (schema: z.ZodType, omit: readonly string[] = []) => Object.keys(shapeOf(schema)).filter((k) => !omit.includes(k)).sort();
const isOptional = (schema: z.ZodType) => schema.safeParse(undefined).success;

const cases: [string, z.ZodType, CmsField[], readonly string[]][] = [
  ['German topics', topicFrontmatterSchema, fieldsOf('topics-de'), TRANSLATION_ONLY_FIELDS],
  ['Tigrinya topics', topicFrontmatterSchema, fieldsOf('topics-ti'), []],
  ['offers', offerSchema, fieldsOf('angebote'), []],
  ['courses', courseSchema, fieldsOf('deutschkurse'), []],
  ['publications', publicationSchema, fieldsOf('publications'), []],
  ['Infomails', infomailSchema, fieldsOf('infomails'), []],
  ['directory entries', directoryEntrySchema, collections.find((c) => c.name === 'adressen')!.files![0]!.fields.find((f) => f.name === 'entries')!.fields!, []],
];

describe('offer rules in the CMS', () => {
  const rules = fieldsOf('angebote').find((f) => f.name === 'rules')!;

  it('have one optional field per attribute of the tree, with its values to pick from', () => {
    expect(rules.fields!.map((f) => f.name)).toEqual(tree.attributes.map((a) => a.id));
    const ausweis = rules.fields!.find((f) => f.name === 'ausweis')!;
    expect(ausweis.options).toEqual(tree.attributes.find((a) => a.id === 'ausweis')!.values.map((v) => v.id));
    expect(rules.fields!.find((f) => f.name === 'alter')!.fields!.map((f) => f.name)).toEqual(['min', 'max']);
  });

  it('can hold the rules of every shipped offer', () => {
    for (const offer of loadOffers()) {
      for (const [attribute, rule] of Object.entries(offer.rules)) {
        const field = rules.fields!.find((f) => f.name === attribute);
        expect(field, `${offer.id}: rules.${attribute}`).toBeDefined();
        if (Array.isArray(rule)) for (const v of rule) expect(field!.options, `${offer.id}: rules.${attribute}`).toContain(v);
        else expect(field!.widget).toBe('object');
      }
    }
  });
});

describe('CMS config generated from the zod schemas', () => {
  for (const [label, schema, fields, omitted] of cases) {
    it(`${label}: every schema field has a CMS field and every CMS field a schema field`, () => {
      expect(names(fields)).toEqual(keys(schema, omitted));
    });
    it(`${label}: required in the form exactly when the schema requires it`, () => {
      const shape = shapeOf(schema);
      for (const f of fields.filter((x) => x.name !== 'body')) {
        // A toggle always has a value: never "required" (Decap would refuse false), always a default.
        if (f.widget === 'boolean') { expect(f.default, `${label}.${f.name}`).toBeTypeOf('boolean'); continue; }
        expect(f.required === false, `${label}.${f.name}`).toBe(isOptional(shape[f.name]!));
      }
    });
  }

  it('only translation fields are left out of the German topic form, and the German schema refuses them', () => {
    for (const f of TRANSLATION_ONLY_FIELDS) expect(Object.keys(shapeOf(topicFrontmatterSchema))).toContain(f);
  });

  it('offers the enums of the schema as select options and the schema message for patterns', () => {
    const course = fieldsOf('deutschkurse');
    expect(course.find((f) => f.name === 'type')!.options).toEqual([...(shapeOf(courseSchema).type as unknown as { options: string[] }).options]);
    expect(course.find((f) => f.name === 'timeStart')!.pattern).toEqual(['^([01]\\d|2[0-3]):[0-5]\\d$', 'must be a time HH:MM']);
    expect(course.find((f) => f.name === 'lessonsPerWeek')).toMatchObject({ widget: 'number', value_type: 'int', min: 1, max: 20 });
  });

  it('has a collection for German topics first, then one per translation language, offers, directory, courses, publications, Infomails', () => {
    expect(collections[0]!.name).toBe('topics-de');
    expect(collections.filter((c) => c.name.startsWith('topics-'))).toHaveLength(24);
    for (const n of ['angebote', 'adressen', 'deutschkurse', 'publications', 'infomails']) expect(collections.map((c) => c.name)).toContain(n);
  });
});
