/**
 * The typed API client imports `AppType` from the worker, so the worker's sources are part of the
 * extension's type check. They name Cloudflare's Workers types as globals; give them those names
 * here, from the module form of @cloudflare/workers-types (its global form clashes with the DOM).
 * A worker file that starts using another global Workers type needs one more line here.
 */
import type * as Workers from "@cloudflare/workers-types/index.ts";

declare global {
	type D1Database = Workers.D1Database;
	type D1DatabaseSession = Workers.D1DatabaseSession;
	type D1PreparedStatement = Workers.D1PreparedStatement;
	type D1Result<T = unknown> = Workers.D1Result<T>;
	type D1ExecResult = Workers.D1ExecResult;
	type D1Meta = Workers.D1Meta;
	type ExecutionContext<Props = unknown> = Workers.ExecutionContext<Props>;
	type ScheduledController = Workers.ScheduledController;
	type ExportedHandler<Env = unknown> = Workers.ExportedHandler<Env>;
	type ExportedHandlerFetchHandler<Env = unknown> = Workers.ExportedHandlerFetchHandler<Env>;
	type ExportedHandlerScheduledHandler<Env = unknown> = Workers.ExportedHandlerScheduledHandler<Env>;
	type KVNamespace<Key extends string = string> = Workers.KVNamespace<Key>;
	type Queue<Body = unknown> = Workers.Queue<Body>;
	type MessageBatch<Body = unknown> = Workers.MessageBatch<Body>;
}
