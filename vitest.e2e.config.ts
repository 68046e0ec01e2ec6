import { defineConfig } from "vitest/config";

// Real headless Chromium with the built extension, against a real local API (wrangler dev).
export default defineConfig({
	test: {
		name: "e2e",
		environment: "node",
		include: ["tests/e2e/**/*.test.ts"],
		testTimeout: 120_000,
		hookTimeout: 180_000,
		fileParallelism: false,
	},
});
