// Content collections: every file under content/ is validated against the zod schemas in
// src/domain/schemas at build time (the list is src/domain/schemas/content-registry.ts).
// scripts/validate-content.ts runs first and names file, line and field of any error.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from 'zod';
import { contentCollections } from './domain/schemas/content-registry.ts';
import { infomailSchema } from './domain/schemas/infomail.ts';

function fromRegistry<S extends z.ZodType>(spec: { base: string; pattern: string; schema: S }) {
  return defineCollection({ loader: glob({ pattern: spec.pattern, base: `./${spec.base}` }), schema: spec.schema });
}

export const collections = {
  ui: fromRegistry(contentCollections.ui),
  topicsUi: fromRegistry(contentCollections.topicsUi),
  topics: fromRegistry(contentCollections.topics),
  entscheidungstoolUi: fromRegistry(contentCollections.entscheidungstoolUi),
  entscheidungstool: fromRegistry(contentCollections.entscheidungstool),
  entscheidungstoolTexts: fromRegistry(contentCollections.entscheidungstoolTexts),
  angebote: fromRegistry(contentCollections.angebote),
  deutschkurse: fromRegistry(contentCollections.deutschkurse),
  deutschkurseUi: fromRegistry(contentCollections.deutschkurseUi),
  publications: fromRegistry(contentCollections.publications),
  adressen: fromRegistry(contentCollections.adressen),
  begriffe: fromRegistry(contentCollections.begriffe),
  // MDX, so not in the YAML registry: Astro validates the frontmatter.
  infomails: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/infomails' }), schema: infomailSchema }),
};
