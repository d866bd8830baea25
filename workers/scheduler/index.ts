// The scheduler Worker: a Cron Trigger every minute (wrangler.toml beside this file) runs the same jobs as
// POST /api/outbox/drain, directly against the portal's D1: cleanup of expired rows, then the outbox drain.
// Pages projects have no Cron Triggers, hence this small Worker with the same D1 binding and mail settings.
import type { MailEnv } from '../../functions/_lib/outbox.ts';
import { runScheduledJobs } from '../../functions/_lib/scheduled-jobs.ts';

export default {
  async scheduled(_controller, env) {
    // Awaited, not waitUntil: the run is the whole point of the event, and its log line says what it did.
    const run = await runScheduledJobs(env);
    console.log(`scheduled: cleanup ${run.cleanup}, outbox ${JSON.stringify(run.outbox)}`);
  },
} satisfies ExportedHandler<MailEnv>;
