// `npm run accounts -- add|remove|list|gemeinden …`: manages the contacts who may log in to the LOGIN area.
// Local D1 by default; `--remote` works on the production database (wrangler must be logged in).
//   npm run accounts -- list
//   npm run accounts -- add --email person@gemeinde.ch --name "Vorname Name" --role gemeinde --gemeinde "Zuchwil"
//   npm run accounts -- add --email person@so.ch --name "Vorname Name" --role koordinationsstelle
//   npm run accounts -- remove --email person@gemeinde.ch
//   npm run accounts -- add-gemeinde --name "Zuchwil" [--bfs 1234] --address "Zeile 1|Zeile 2"
import { parseArgs } from 'node:util';
import { contactInputSchema, sqlString } from '../src/domain/gemeinden/contacts.ts';
import { d1Execute } from './lib/wrangler.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, gemeinde: { type: 'string' },
    bfs: { type: 'string' }, address: { type: 'string' }, remote: { type: 'boolean', default: false }, 'persist-to': { type: 'string' },
  },
});
const target = { remote: values.remote, persistTo: values['persist-to'] };
const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};

switch (positionals[0]) {
  case 'list': {
    const rows = await d1Execute(
      'SELECT c.email, c.name, c.role, g.name AS gemeinde, c.demo FROM contacts c LEFT JOIN gemeinden g ON g.id = c.gemeinde_id ORDER BY c.email', target);
    console.table(rows);
    break;
  }
  case 'add': {
    const parsed = contactInputSchema.safeParse({ email: values.email, name: values.name, role: values.role ?? 'gemeinde', ...(values.gemeinde ? { gemeinde: values.gemeinde } : {}) });
    if (!parsed.success) fail(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
    const c = parsed.data!;
    const gemeinde = c.gemeinde ? `(SELECT id FROM gemeinden WHERE name = ${sqlString(c.gemeinde)})` : 'NULL';
    if (c.gemeinde && (await d1Execute(`SELECT id FROM gemeinden WHERE name = ${sqlString(c.gemeinde)}`, target)).length === 0) {
      fail(`Unknown Gemeinde "${c.gemeinde}". Add it first: npm run accounts -- add-gemeinde --name "${c.gemeinde}" --address "…"`);
    }
    await d1Execute(`INSERT INTO contacts (email, name, role, gemeinde_id) VALUES (${sqlString(c.email)}, ${sqlString(c.name)}, ${sqlString(c.role)}, ${gemeinde})`, target)
      .catch((e: unknown) => fail(`Could not add ${c.email}: ${String(e).includes('UNIQUE') ? 'already registered' : String(e)}`));
    console.log(`added ${c.email} (${c.role}${c.gemeinde ? `, ${c.gemeinde}` : ''})`);
    break;
  }
  case 'remove': {
    if (!values.email) fail('remove needs --email');
    const rows = await d1Execute(`DELETE FROM contacts WHERE email = ${sqlString(values.email!.trim().toLowerCase())} RETURNING email`, target);
    if (rows.length === 0) fail(`${values.email} is not registered`);
    console.log(`removed ${values.email} (their sessions end with it)`);
    break;
  }
  case 'add-gemeinde': {
    if (!values.name || !values.address) fail('add-gemeinde needs --name and --address ("line 1|line 2")');
    const bfs = values.bfs ? Number(values.bfs) : null;
    if (bfs !== null && !Number.isInteger(bfs)) fail('--bfs must be a number');
    await d1Execute(`INSERT INTO gemeinden (name, bfs_number, delivery_address) VALUES (${sqlString(values.name!)}, ${bfs ?? 'NULL'}, ${sqlString(values.address!.split('|').join('\n'))})`, target);
    console.log(`added Gemeinde ${values.name}`);
    break;
  }
  default:
    fail('usage: npm run accounts -- list | add --email … --name … --role gemeinde|koordinationsstelle [--gemeinde …] | remove --email … | add-gemeinde --name … --address … [--bfs …]  [--remote]');
}
