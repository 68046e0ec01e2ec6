import path from "node:path";
import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-pool-workers";
import { defineConfig } from "vitest/config";
import { WxtVitest } from "wxt/testing/vitest-plugin";

const migrationsPath = path.join(import.meta.dirname, "worker/db/migrations");

export default defineConfig({
	test: {
		projects: [
			{
				test: {
					name: "shared",
					environment: "node",
					include: ["shared/**/*.test.ts", "scripts/**/*.test.ts", "tests/shared/**/*.test.ts"],
				},
			},
			{
				plugins: [WxtVitest()],
				test: {
					name: "extension",
					environment: "happy-dom",
					include: ["extension/**/*.test.{ts,tsx}", "tests/extension/**/*.test.{ts,tsx}"],
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
					include: ["tests/worker/**/*.test.ts"],
					setupFiles: ["tests/worker/apply-migrations.ts"],
				},
			},
		],
	},
});
