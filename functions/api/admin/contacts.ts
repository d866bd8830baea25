// POST /api/admin/contacts {action: add|remove, …}: contact management on the admin page (same rules as `npm run accounts`).
import { z } from 'zod';
import { fieldErrors } from '../../../src/domain/validation.ts';
import { adminPost } from '../../_lib/admin.ts';
import { D1_DOWN } from '../../_lib/auth.ts';
import type { Env } from '../../_lib/env.ts';
import { methodNotAllowed } from '../../_lib/http.ts';
import { messagePage } from '../../_lib/forms.ts';
import { json, jsonError } from '../../_lib/responses.ts';
import { contactBaseSchema, needsGemeinde } from '../../../src/domain/gemeinden/contacts.ts';

const schema = z.discriminatedUnion('action', [
  contactBaseSchema.extend({ action: z.literal('add') }),
  z.strictObject({ action: z.literal('remove'), email: z.string().trim().toLowerCase().pipe(z.email({ error: 'Bitte eine gültige E-Mail-Adresse angeben.' })) }),
], { error: 'Unbekannte Aktion.' }).refine((v) => v.action === 'remove' || needsGemeinde(v), { error: 'Ein Gemeinde-Kontakt braucht eine Gemeinde.', path: ['gemeinde'] });

export const onRequestPost: PagesFunction<Env> = async ({ request, env }) => {
  const start = await adminPost(env, request);
  if (start instanceof Response) return start;
  const value = { ...start.value };
  if (start.kind === 'form' && value['gemeinde'] === '') delete value['gemeinde'];
  const parsed = schema.safeParse(value);
  const answer = (status: number, message: string, fields?: Record<string, string>) => start.kind === 'form'
    ? messagePage(env, request, status, message, '/gemeinden/admin/kontakte/')
    : status < 400 ? json({ ok: true, message }, status) : jsonError(status, message, fields);
  if (!parsed.success) return answer(400, `Der Kontakt ist ungültig: ${Object.values(fieldErrors(parsed.error)).join(' ')}`, fieldErrors(parsed.error));
  const input = parsed.data;
  try {
    if (input.action === 'remove') {
      if (input.email === start.session.email) return answer(400, 'Sie können sich nicht selbst entfernen.');
      // Its links, sessions and remembered clients go with it, in the same batch (not only by ON DELETE CASCADE).
      const contact = 'SELECT id FROM contacts WHERE email = ?1';
      const results = await env.DB.batch([
        env.DB.prepare(`DELETE FROM login_tokens WHERE contact_id IN (${contact})`).bind(input.email),
        env.DB.prepare(`DELETE FROM sessions WHERE contact_id IN (${contact})`).bind(input.email),
        env.DB.prepare(`DELETE FROM login_known_clients WHERE contact_id IN (${contact})`).bind(input.email),
        env.DB.prepare('DELETE FROM contacts WHERE email = ?1').bind(input.email),
      ]);
      return (results.at(-1)?.meta.changes ?? 0) > 0 ? answer(200, `${input.email} ist entfernt.`) : answer(404, `${input.email} ist nicht registriert.`);
    }
    let gemeindeId: number | null = null;
    if (input.gemeinde) {
      const g = await env.DB.prepare('SELECT id FROM gemeinden WHERE name = ?1').bind(input.gemeinde).first<{ id: number }>();
      if (!g) return answer(400, `Die Gemeinde „${input.gemeinde}“ gibt es nicht.`);
      gemeindeId = g.id;
    }
    const res = await env.DB.prepare('INSERT INTO contacts (email, name, role, gemeinde_id) VALUES (?1, ?2, ?3, ?4) ON CONFLICT (email) DO NOTHING')
      .bind(input.email, input.name, input.role, gemeindeId).run();
    return res.meta.changes > 0 ? answer(201, `${input.email} kann sich jetzt anmelden.`) : answer(409, `${input.email} ist schon registriert.`);
  } catch (error) {
    console.error('contacts failed', error);
    return jsonError(503, D1_DOWN);
  }
};

export const onRequest = methodNotAllowed('POST');
