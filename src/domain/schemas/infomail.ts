import { z } from 'zod';

/** Frontmatter of an Infomail of the Koordinationsstelle (`content/infomails/{slug}.mdx`). */
export const infomailSchema = z.strictObject({
  title: z.string().trim().min(1).max(150),
  // YAML reads an unquoted 2026-11-23 as a Date.
  date: z.preprocess((d) => (d instanceof Date ? d.toISOString().slice(0, 10) : d), z.iso.date()),
  summary: z.string().trim().min(1).max(300),
  /** Example text, not a real Infomail of the Koordinationsstelle. */
  sample: z.boolean(),
});
export type Infomail = z.infer<typeof infomailSchema>;

/** What the Functions read from /gemeinden/infomails.json to send an Infomail: the body rendered at build time. */
export const infomailIndexSchema = z.array(z.strictObject({ slug: z.string(), title: z.string(), date: z.string(), html: z.string(), text: z.string() }));
