// `npm start` (after the build): applies the D1 migrations to the local database in .wrangler/
// and serves dist/ with its Functions in workerd at http://127.0.0.1:8788.
import { applyMigrations, spawnWrangler } from './lib/wrangler.ts';

const port = process.env['PORT'] ?? '8788';
await applyMigrations();
console.log(`\n  Integration portal: http://127.0.0.1:${port}/\n  (Ctrl+C stops it)\n`);
const server = spawnWrangler(['pages', 'dev', 'dist', '--ip', '127.0.0.1', '--port', port], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
