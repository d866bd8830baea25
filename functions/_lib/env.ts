/** Bindings of the Pages project (wrangler.toml). */
export interface Env {
  DB: D1Database;
  ASSETS: Fetcher;
}
