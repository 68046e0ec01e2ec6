import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface CountingProxy {
	url: string;
	/** Requests seen, as "METHOD /path" (query left out). */
	requests: string[];
	/** Their bodies, in the same order ("" for none). */
	bodies: string[];
	count(path: string): number;
	close(): Promise<void>;
}

/**
 * A plain HTTP relay in front of the real API on 127.0.0.1 that records every request the
 * extension makes: how a test tells a badge drawn from the cache from one that cost a network
 * lookup. It forwards bodies and answers unchanged.
 */
export async function startCountingProxy(target: string): Promise<CountingProxy> {
	const requests: string[] = [];
	const bodies: string[] = [];
	const server: Server = createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on("data", (chunk: Buffer) => chunks.push(chunk));
		req.on("end", () => {
			requests.push(`${req.method} ${(req.url ?? "").split("?")[0]}`);
			bodies.push(Buffer.concat(chunks).toString("utf8"));
			const headers = new Headers();
			for (const [name, value] of Object.entries(req.headers)) {
				if (typeof value === "string" && name !== "host" && name !== "connection") headers.set(name, value);
			}
			const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined;
			fetch(`${target}${req.url ?? ""}`, { method: req.method, headers, body })
				.then(async (answer) => {
					const out: Record<string, string> = {};
					answer.headers.forEach((value, name) => {
						if (name !== "content-encoding" && name !== "content-length") out[name] = value;
					});
					res.writeHead(answer.status, out);
					res.end(Buffer.from(await answer.arrayBuffer()));
				})
				.catch(() => {
					res.writeHead(502);
					res.end();
				});
		});
	});
	await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		requests,
		bodies,
		count: (path) => requests.filter((r) => r.endsWith(` ${path}`)).length,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
