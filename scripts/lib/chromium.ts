// Which Chromium the end-to-end tests drive, so `npm install && npm test` works on a machine with only
// Node and npm. Precedence: CHROMIUM_PATH, then a system Chromium (/usr/bin/chromium, or `chromium` on
// PATH), then the one npm installed (@sparticuz/chromium, a headless shell unpacked to the temp folder).
// The npm browser brings no fonts for the portal's scripts, so it gets a fontconfig file that lists the
// Noto fonts npm installed (Latin/Cyrillic, Arabic, Ethiopic, Tamil, Tibetan, Chinese): text keeps its
// real widths, which the 320 px reflow and the printed page counts depend on.
import { accessSync, constants, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { projectRoot } from './wrangler.ts';

export type BrowserSource = 'CHROMIUM_PATH' | 'system' | 'npm';

export interface BrowserChoice {
  source: BrowserSource;
  /** Undefined for 'npm' until the binary is unpacked (`resolveChromium` does that). */
  executablePath: string | undefined;
}

export interface ResolvedBrowser {
  source: BrowserSource;
  executablePath: string;
  /** Extra environment for the browser process (fontconfig for the npm browser). */
  env: Record<string, string>;
  describe: string;
}

/** An executable regular file (a path bound to /dev/null, as when hiding a browser, does not count). */
export function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** /usr/bin/chromium, then every `chromium` on PATH, in that order. */
export function systemChromiumCandidates(env: NodeJS.ProcessEnv = process.env): string[] {
  const onPath = (env['PATH'] ?? '').split(delimiter).filter(Boolean).map((dir) => join(dir, 'chromium'));
  return ['/usr/bin/chromium', ...onPath];
}

/** The precedence rule, with the file check injectable so it can be tested without browsers. */
export function chooseChromium(
  env: NodeJS.ProcessEnv = process.env,
  isExecutable: (path: string) => boolean = isExecutableFile,
): BrowserChoice {
  const explicit = env['CHROMIUM_PATH'];
  if (explicit) return { source: 'CHROMIUM_PATH', executablePath: explicit };
  const system = systemChromiumCandidates(env).find(isExecutable);
  if (system) return { source: 'system', executablePath: system };
  return { source: 'npm', executablePath: undefined };
}

const FONT_DIRS = [
  '@expo-google-fonts/noto-sans/400Regular',
  '@expo-google-fonts/noto-sans/700Bold',
  '@expo-google-fonts/noto-sans-arabic/400Regular',
  '@expo-google-fonts/noto-sans-arabic/700Bold',
  '@expo-google-fonts/noto-sans-ethiopic/400Regular',
  '@expo-google-fonts/noto-sans-ethiopic/700Bold',
  '@expo-google-fonts/noto-sans-tamil/400Regular',
  '@expo-google-fonts/noto-sans-tamil/700Bold',
  '@expo-google-fonts/noto-serif-tibetan/400Regular',
  '@expo-google-fonts/noto-serif-tibetan/700Bold',
  '@embedpdf/fonts-sc/fonts',
].map((dir) => join(projectRoot, 'node_modules', dir));

/** Writes a fontconfig file that lists only the fonts npm installed; returns its path. */
export function npmFontsConfig(): string {
  const dir = join(projectRoot, 'node_modules/.cache/portal-chromium');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'fonts.conf');
  const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  writeFileSync(file, [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
    '<fontconfig>',
    ...FONT_DIRS.map((d) => `  <dir>${xml(d)}</dir>`),
    `  <cachedir>${xml(join(dir, 'fontconfig-cache'))}</cachedir>`,
    // As Debian's 49-sansserif.conf: a request without a generic family gets sans-serif appended, which
    // means Noto Sans, as on a Debian desktop. Without this, `system-ui` text matched whatever font scored
    // best (Noto Serif Tibetan, whose tall line box made links overlap in print).
    '  <match target="pattern">',
    ...['sans-serif', 'serif', 'monospace'].map((g) => `    <test qual="all" name="family" compare="not_eq"><string>${g}</string></test>`),
    '    <edit name="family" mode="append_last"><string>sans-serif</string></edit>',
    '  </match>',
    ...['sans-serif', 'serif', 'monospace', 'system-ui'].map((g) => `  <alias><family>${g}</family><prefer><family>Noto Sans</family></prefer></alias>`),
    '</fontconfig>',
    '',
  ].join('\n'));
  return file;
}

/** Resolves the choice to a runnable browser: unpacks the npm one when it is its turn. */
export async function resolveChromium(env: NodeJS.ProcessEnv = process.env): Promise<ResolvedBrowser> {
  const choice = chooseChromium(env);
  if (choice.source === 'CHROMIUM_PATH') {
    if (!isExecutableFile(choice.executablePath!)) throw new Error(`CHROMIUM_PATH=${choice.executablePath} is not an executable file.`);
    return { source: choice.source, executablePath: choice.executablePath!, env: {}, describe: `CHROMIUM_PATH (${choice.executablePath})` };
  }
  if (choice.source === 'system') {
    return { source: 'system', executablePath: choice.executablePath!, env: {}, describe: `system Chromium (${choice.executablePath})` };
  }
  const { default: npmChromium } = await import('@sparticuz/chromium');
  const executablePath = await npmChromium.executablePath();
  const { version } = JSON.parse(readFileSync(join(projectRoot, 'node_modules/@sparticuz/chromium/package.json'), 'utf8')) as { version: string };
  return {
    source: 'npm',
    executablePath,
    env: { FONTCONFIG_FILE: npmFontsConfig() },
    describe: `npm @sparticuz/chromium ${version} (${executablePath}), fonts from npm`,
  };
}

/** Flags for every source: headless without sandbox (root in CI), no GPU, no calls home. */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
