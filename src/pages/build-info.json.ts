// The build date as a static file, for GET /api/health (functions/api/health.ts reads it through ASSETS):
// the weekly scheduled rebuild (README, "Operations") must move it on, or ended courses stay online.
import { buildDate } from '../domain/courses/visibility.ts';

export function GET() {
  return new Response(JSON.stringify({ buildDate: buildDate(process.env['BUILD_DATE']) }),
    { headers: { 'content-type': 'application/json; charset=utf-8' } });
}
