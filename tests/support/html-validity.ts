// The Nu HTML Checker (vnu-jar, the W3C validator) over files or folders; needs a Java runtime.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';

const vnuJar: string = createRequire(import.meta.url)('vnu-jar');

export interface HtmlError {
  file: string;
  line: number | undefined;
  message: string;
}

export async function validateHtml(paths: string[]): Promise<HtmlError[]> {
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
