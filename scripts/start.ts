// `npm start` (after the build): applies the D1 migrations to the local database in .wrangler/, adds the
// demo Gemeinden and demo accounts, and serves dist/ with its Functions in workerd at http://127.0.0.1:8788.
// Mails go to the local dev mailbox (/dev/mailbox/) unless RESEND_API_KEY is set in .dev.vars.
import { applyMigrations, localDevBindings, seedDemo, spawnWrangler } from './lib/wrangler.ts';

const port = process.env['PORT'] ?? '8788';
await applyMigrations();
await seedDemo();
console.log(`\n  Integration portal: http://127.0.0.1:${port}/`);
console.log(`  LOGIN for Gemeinden: http://127.0.0.1:${port}/gemeinden/ (demo: demo-zuchwil@example.org, admin: demo-koordination@example.org)`);
console.log(`  Dev mailbox:        http://127.0.0.1:${port}/dev/mailbox/\n  (Ctrl+C stops it)\n`);
// Links in mails point at this local server (production sets SITE_ORIGIN to the public origin).
const bindings = Object.entries({ SITE_ORIGIN: `http://127.0.0.1:${port}`, ...localDevBindings }).flatMap(([k, v]) => ['--binding', `${k}=${v}`]);
const server = spawnWrangler(['pages', 'dev', 'dist', '--ip', '127.0.0.1', '--port', port, ...bindings], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
