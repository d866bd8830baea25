// vitest globalSetup of the "server" project: one local server for all functions and e2e tests, with a
// fake Resend (scripts/lib/fake-resend.ts) the real SDK in workerd sends to, and the demo accounts.
import type { TestProject } from 'vitest/node';
import { startFakeResend } from '../../scripts/lib/fake-resend.ts';
import { startLocalServer } from '../../scripts/lib/local-server.ts';
import { resolveChromium, type ResolvedBrowser } from '../../scripts/lib/chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    persistDir: string;
    fakeResendUrl: string;
    drainToken: string;
    browser: ResolvedBrowser;
  }
}

export default async function setup(project: TestProject) {
  // Chosen once for the whole run (and the npm browser unpacked once), printed once so a log says which ran.
  const browser = await resolveChromium();
  process.stdout.write(`Browser for the e2e tests: ${browser.describe}\n`);
  project.provide('browser', browser);
  const fakeResend = await startFakeResend();
  const drainToken = 'test-drain-token-0123456789';
  const server = await startLocalServer({
    RESEND_API_KEY: 're_test_fake_key',
    RESEND_BASE_URL: fakeResend.url,
    MAIL_FROM: 'Test <noreply@example.org>',
    KOORDINATIONSSTELLE_EMAIL: 'koordination-inbox@example.org',
    OUTBOX_DRAIN_TOKEN: drainToken,
    DEV_MAILBOX: '1',
    // Several test files log in as the same demo contact; the rate-limit test uses its own address.
    LOGIN_RATE_LIMITS: '30,60',
  });
  project.provide('baseUrl', server.baseUrl);
  project.provide('persistDir', server.persistDir);
  project.provide('fakeResendUrl', fakeResend.url);
  project.provide('drainToken', drainToken);
  return async () => {
    await server.stop();
    await fakeResend.stop();
  };
}
