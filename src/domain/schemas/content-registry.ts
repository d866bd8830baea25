import type { z } from 'zod';
import { uiStringsFileSchema } from './ui-strings.ts';
import { courseSchema } from './course.ts';
import { courseUiStringsFileSchema } from './course-ui-strings.ts';

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

export const contentCollections = {
  ui: { base: 'content/ui', pattern: '*.yaml', schema: uiStringsFileSchema },
  deutschkurse: { base: 'content/deutschkurse', pattern: '*.yaml', schema: courseSchema },
  deutschkurseUi: { base: 'content/deutschkurse-ui', pattern: '*.yaml', schema: courseUiStringsFileSchema },
} as const satisfies Record<string, ContentCollectionSpec>;
