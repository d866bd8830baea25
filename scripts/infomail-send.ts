// `npm run infomail:send -- <slug> [--remote] [--base-url https://…]`: puts the Infomail content/infomails/<slug>.mdx
// into the outbox once for every contact (a contact who already has it is skipped: dedupe key per slug and contact).
// The mails go out with the next outbox drain (README, "Outbox draining"), or at once on the admin page.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { infomailDedupePrefix, infomailMail } from '../src/views/gemeinden/mails.ts';
import { renderInfomailContent } from '../src/views/gemeinden/infomail-content.ts';
import { sqlString } from '../src/domain/gemeinden/contacts.ts';
import { infomailSchema } from '../src/domain/schemas/infomail.ts';
import { d1Execute, projectRoot } from './lib/wrangler.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { remote: { type: 'boolean', default: false }, 'base-url': { type: 'string', default: 'https://integration.so.ch' }, 'persist-to': { type: 'string' } },
});
const slug = positionals[0];
if (!slug || !/^[a-z0-9-]+$/.test(slug)) {
  console.error('usage: npm run infomail:send -- <slug> [--remote] [--base-url https://…]');
  process.exit(1);
}
const source = await readFile(join(projectRoot, 'content/infomails', `${slug}.mdx`), 'utf8').catch(() => {
  console.error(`content/infomails/${slug}.mdx does not exist`);
  process.exit(1);
});
const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
if (!match) throw new Error('no frontmatter');
const meta = infomailSchema.parse(parse(match[1]!));
const mail = infomailMail(meta.title, renderInfomailContent(match[2]!), `${values['base-url']}/gemeinden/infomails/${slug}/`);
const target = { remote: values.remote, persistTo: values['persist-to'] };
const rows = await d1Execute(
  `INSERT INTO outbox (kind, to_email, subject, html, text, idempotency_key, dedupe_key)
   SELECT 'infomail', email, ${sqlString(mail.subject)}, ${sqlString(mail.html)}, ${sqlString(mail.text)},
          'outbox-' || lower(hex(randomblob(16))), ${sqlString(infomailDedupePrefix(slug))} || id
   FROM contacts WHERE true
   ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`, target);
console.log(`queued ${rows.length} mail(s) for "${meta.title}"; contacts who already had it were skipped.`);
console.log('They go out with the next outbox drain (POST /api/outbox/drain) or with "Jetzt senden" on /gemeinden/admin/postausgang/.');
