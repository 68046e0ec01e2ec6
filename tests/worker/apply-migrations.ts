import { applyD1Migrations, env } from "cloudflare:test";

// Runs outside isolated storage, once per test file: the real migrations, as wrangler applies them.
await applyD1Migrations(env.DB, env.TEST_MIGRATIONS);
