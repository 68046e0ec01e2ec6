import path from "node:path";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";
import { WxtVitest } from "wxt/testing/vitest-plugin";

/**
 * Property tests score thousands of customers and workerd tests make dozens of requests: seconds on
 * a busy 2-core machine, where vitest's 5 s default cut them off. Speed is measured by `npm run bench`.
 */
const SLOW_MACHINE_TIMEOUT = 30_000;

const migrationsPath = path.join(import.meta.dirname, "worker/db/migrations");

export default defineConfig({
	test: {
		projects: [
			{
				test: {
					name: "shared",
					testTimeout: SLOW_MACHINE_TIMEOUT,
					environment: "node",
					include: ["shared/**/*.test.ts", "scripts/**/*.test.ts", "tests/shared/**/*.test.ts"],
				},
			},
			{
				plugins: [WxtVitest()],
				test: {
					name: "extension",
					testTimeout: SLOW_MACHINE_TIMEOUT,
					environment: "happy-dom",
					include: ["extension/**/*.test.{ts,tsx}", "tests/extension/**/*.test.{ts,tsx}"],
					setupFiles: ["tests/extension/support/i18n-setup.ts"],
				},
			},
			{
				plugins: [
					cloudflareTest(async () => ({
						wrangler: { configPath: "./wrangler.toml" },
						miniflare: {
							bindings: {
								OPERATOR_TOKEN: "test-operator-token",
								// Every test request comes from one address; the throttle's own tests set a low limit.
								AUTH_FAILURES_PER_MINUTE: "1000",
								TEST_MIGRATIONS: await readD1Migrations(migrationsPath),
							},
						},
					})),
				],
				test: {
					name: "worker",
					testTimeout: SLOW_MACHINE_TIMEOUT,
					include: ["tests/worker/**/*.test.ts"],
					setupFiles: ["tests/worker/apply-migrations.ts"],
				},
			},
		],
	},
});
