// The Nu HTML Checker (vnu-jar, the W3C validator) over files or folders; needs a Java runtime.
import { execFile, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';

const vnuJar: string = createRequire(import.meta.url)('vnu-jar');

export interface HtmlError {
  file: string;
  line: number | undefined;
  message: string;
}

let javaChecked = false;

/**
 * The README promises that `npm test` works on a machine with only Node and npm. No registry package ships a
 * Java runtime, so on a machine without one the test installs Debian's (as root with apt-get, the case of this
 * project's machines and CI); elsewhere it says what to install.
 */
export function ensureJava(): void {
  if (javaChecked) return;
  if (spawnSync('java', ['-version']).error === undefined) { javaChecked = true; return; }
  const canInstall = process.getuid?.() === 0 && spawnSync('apt-get', ['--version']).error === undefined;
  if (!canInstall) throw new Error('No Java runtime for the Nu HTML Checker: install one, e.g. `apt-get install -y default-jre-headless`.');
  console.log('No Java runtime: installing default-jre-headless with apt-get for the Nu HTML Checker');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { env, stdio: 'inherit' });
  const install = update.status === 0 ? spawnSync('apt-get', ['install', '-y', '-qq', 'default-jre-headless'], { env, stdio: 'inherit' }) : update;
  if (install.status !== 0 || spawnSync('java', ['-version']).error !== undefined) {
    throw new Error('No Java runtime, and `apt-get install -y default-jre-headless` failed: install a Java runtime for the Nu HTML Checker.');
  }
  javaChecked = true;
}

export async function validateHtml(paths: string[]): Promise<HtmlError[]> {
  ensureJava();
  const args = ['-Xss8m', '-jar', vnuJar, '--errors-only', '--format', 'json', '--skip-non-html', ...paths];
  let stderr: string;
  try {
    ({ stderr } = await promisify(execFile)('java', args, { maxBuffer: 256 * 1024 * 1024 }));
  } catch (error) {
    const e = error as { code?: unknown; stderr?: string };
    if (e.code === 'ENOENT') throw new Error('No Java runtime: `apt-get install -y default-jre-headless` (.ci/run does).');
    stderr = e.stderr ?? '';
  }
  const report = JSON.parse(stderr || '{"messages":[]}') as { messages: { type: string; url?: string; lastLine?: number; message: string }[] };
  return report.messages
    .filter((m) => m.type === 'error' || m.type === 'non-document-error')
    .map((m) => ({ file: (m.url ?? '').replace(/^file:/, ''), line: m.lastLine, message: m.message }));
}
