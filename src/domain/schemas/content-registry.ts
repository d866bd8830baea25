import type { z } from 'zod';
import { uiStringsFileSchema } from './ui-strings.ts';
import { publicationSchema } from './publications.ts';

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
  publications: { base: 'content/publications', pattern: '*.yaml', schema: publicationSchema },
} as const satisfies Record<string, ContentCollectionSpec>;
