import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
	method: string;
	path: string;
	headers: IncomingMessage["headers"];
	body: unknown;
}

export interface ScriptedAnswer {
	status: number;
	body?: unknown;
	contentType?: string;
}

export type Responder = (request: RecordedRequest) => ScriptedAnswer;

/**
 * A real HTTP server on a free port that answers with scripted statuses, so the client's actual
 * fetch, headers and problem+json parsing are exercised for answers the real API rarely gives on
 * demand (503, 429, 408). End-to-end tests run against the real API.
 */
export async function startScriptedServer(responder: Responder) {
	const requests: RecordedRequest[] = [];
	let respond = responder;
	const server: Server = createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on("data", (chunk: Buffer) => chunks.push(chunk));
		req.on("end", () => {
			const text = Buffer.concat(chunks).toString("utf8");
			const recorded: RecordedRequest = {
				method: req.method ?? "GET",
				path: req.url ?? "/",
				headers: req.headers,
				body: text ? JSON.parse(text) : undefined,
			};
			requests.push(recorded);
			const answer = respond(recorded);
			const type =
				answer.contentType ?? (answer.status >= 400 ? "application/problem+json" : "application/json");
			res.writeHead(answer.status, { "content-type": type });
			res.end(answer.body === undefined ? "" : JSON.stringify(answer.body));
		});
	});
	await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		requests,
		setResponder(next: Responder) {
			respond = next;
		},
		close: () => new Promise<void>((resolve) => server.close(() => resolve())),
	};
}

export function problem(status: number, title: string, detail?: string) {
	return { status, body: { type: "about:blank", title, status, ...(detail ? { detail } : {}) } };
}
