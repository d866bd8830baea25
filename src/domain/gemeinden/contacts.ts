import { z } from 'zod';
import { textField } from '../validation.ts';

/** A contact as the admin page and `npm run accounts -- add` take it. */
export const contactBaseSchema = z.strictObject({
  email: z.string().trim().toLowerCase().max(254).pipe(z.email({ error: 'Bitte eine gültige E-Mail-Adresse angeben.' })),
  name: textField('Name', 120),
  role: z.enum(['gemeinde', 'koordinationsstelle'], { error: 'Die Rolle ist gemeinde oder koordinationsstelle.' }),
  gemeinde: z.optional(textField('Gemeinde', 120)),
});
export const needsGemeinde = (c: { role: string; gemeinde?: string | undefined }) => c.role === 'koordinationsstelle' || Boolean(c.gemeinde);
export const contactInputSchema = contactBaseSchema.refine(needsGemeinde, { error: 'Ein Gemeinde-Kontakt braucht eine Gemeinde.', path: ['gemeinde'] });
export type ContactInput = z.infer<typeof contactInputSchema>;

/** SQL string literal for the CLI (wrangler d1 execute takes no parameters): quotes doubled. */
export function sqlString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}
