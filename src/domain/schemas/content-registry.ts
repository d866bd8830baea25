import type { z } from 'zod';
import { uiStringsFileSchema } from './ui-strings.ts';
import { topicFrontmatterSchema } from './topic.ts';
import { topicsUiFileSchema } from './topics-ui.ts';
import { toolStringsFileSchema } from './decision-tool-strings.ts';
import { decisionTreeSchema, offerSchema, treeTextsFileSchema } from './decision-tree.ts';
import { courseSchema } from './course.ts';
import { courseUiStringsFileSchema } from './course-ui-strings.ts';
import { publicationSchema } from './publications.ts';
import { directoryFileSchema } from './directory.ts';
import { glossaryFileSchema } from './glossary.ts';

/**
 * Which files under content/ hold which kind of data. src/content.config.ts builds Astro's
 * collections from this list, and scripts/validate-content.ts checks the same files with line numbers.
 */
export interface ContentCollectionSpec {
  /** Folder below the project root. */
  base: string;
  /** Glob below `base`. */
  pattern: string;
  schema: z.ZodType;
}

// `npm test` builds the catalogue from fixture courses (scripts/lib/test-build.ts sets COURSES_DIR), so
// importing real course lists into content/deutschkurse/ cannot break the tests.
const coursesBase = (typeof process === 'undefined' ? undefined : process.env['COURSES_DIR']) || 'content/deutschkurse';

export const contentCollections = {
  ui: { base: 'content/ui', pattern: '*.yaml', schema: uiStringsFileSchema },
  // MDX: the pre-build check adds folder-aware rules (src/domain/topics/validate.ts).
  topicsUi: { base: 'content/topics-ui', pattern: '*.yaml', schema: topicsUiFileSchema },
  topics: { base: 'content/topics', pattern: '*/*.mdx', schema: topicFrontmatterSchema },
  entscheidungstoolUi: { base: 'content/entscheidungstool-ui', pattern: '*.yaml', schema: toolStringsFileSchema },
  entscheidungstool: { base: 'content/entscheidungstool', pattern: 'tree.yaml', schema: decisionTreeSchema },
  entscheidungstoolTexts: { base: 'content/entscheidungstool-texts', pattern: '*.yaml', schema: treeTextsFileSchema },
  angebote: { base: 'content/angebote', pattern: '*.yaml', schema: offerSchema },
  deutschkurse: { base: coursesBase, pattern: '*.yaml', schema: courseSchema },
  deutschkurseUi: { base: 'content/deutschkurse-ui', pattern: '*.yaml', schema: courseUiStringsFileSchema },
  publications: { base: 'content/publications', pattern: '*.yaml', schema: publicationSchema },
  adressen: { base: 'content/adressen', pattern: '*.yaml', schema: directoryFileSchema },
  begriffe: { base: 'content/begriffe', pattern: '*.yaml', schema: glossaryFileSchema },
} as const satisfies Record<string, ContentCollectionSpec>;
