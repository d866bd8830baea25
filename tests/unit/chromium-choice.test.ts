// Which Chromium the e2e tests drive: CHROMIUM_PATH, then a system Chromium, then the npm one.
import { describe, expect, it } from 'vitest';
import { chooseChromium } from '../../scripts/lib/chromium.ts';

const only = (...present: string[]) => (path: string) => present.includes(path);

describe('chooseChromium', () => {
  it('takes CHROMIUM_PATH first, even when a system Chromium is installed', () => {
    expect(chooseChromium({ CHROMIUM_PATH: '/opt/c/chrome', PATH: '/usr/bin' }, only('/usr/bin/chromium')))
      .toEqual({ source: 'CHROMIUM_PATH', executablePath: '/opt/c/chrome' });
  });

  it('takes /usr/bin/chromium before a chromium elsewhere on PATH', () => {
    expect(chooseChromium({ PATH: '/snap/bin:/usr/bin' }, only('/usr/bin/chromium', '/snap/bin/chromium')))
      .toEqual({ source: 'system', executablePath: '/usr/bin/chromium' });
  });

  it('finds chromium on PATH when /usr/bin has none', () => {
    expect(chooseChromium({ PATH: '/usr/local/bin:/snap/bin' }, only('/snap/bin/chromium')))
      .toEqual({ source: 'system', executablePath: '/snap/bin/chromium' });
  });

  it('falls back to the npm Chromium when the machine has none and CHROMIUM_PATH is unset or empty', () => {
    expect(chooseChromium({ PATH: '/usr/bin' }, only())).toEqual({ source: 'npm', executablePath: undefined });
    expect(chooseChromium({ CHROMIUM_PATH: '', PATH: '/usr/bin' }, only())).toEqual({ source: 'npm', executablePath: undefined });
  });
});
