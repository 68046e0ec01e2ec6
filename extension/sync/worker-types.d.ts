/**
 * The typed API client imports `AppType` from the worker, so the worker's sources are part of the
 * extension's type check. They name Cloudflare's D1 types as globals; give them those names here,
 * taken from the module form of @cloudflare/workers-types (its global form clashes with the DOM).
 */
import type * as Workers from "@cloudflare/workers-types/index.ts";

declare global {
	type D1Database = Workers.D1Database;
	type D1PreparedStatement = Workers.D1PreparedStatement;
	type D1Result<T = unknown> = Workers.D1Result<T>;
	type D1ExecResult = Workers.D1ExecResult;
	type D1Meta = Workers.D1Meta;
	type ExecutionContext = Workers.ExecutionContext;
}
