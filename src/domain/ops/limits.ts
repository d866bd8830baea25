// Cloudflare's Worker size limit, which the Pages Functions bundle and the scheduler Worker must stay under:
// the compressed (gzip) size counts. https://developers.cloudflare.com/workers/platform/limits/ (Worker size:
// 3 MB on Workers Free, 10 MB on Workers Paid; wrangler reports it as "Total Upload: … / gzip: …").
export const WORKER_GZIP_LIMIT_BYTES = { free: 3 * 1024 * 1024, paid: 10 * 1024 * 1024 } as const;

/** Whether a bundle of `gzipBytes` may be deployed on `plan`, with a line for the test output. */
export function workerSizeVerdict(gzipBytes: number, plan: keyof typeof WORKER_GZIP_LIMIT_BYTES = 'free'): { ok: boolean; line: string } {
  const limit = WORKER_GZIP_LIMIT_BYTES[plan];
  const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  return { ok: gzipBytes <= limit, line: `${kib(gzipBytes)} gzip of ${kib(limit)} (Workers ${plan === 'free' ? 'Free' : 'Paid'})` };
}
