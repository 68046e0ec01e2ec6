import { describe, expect, it } from "vitest";
import { HostRegistry } from "./attach-once";
import { ElementObserver } from "./element-observer";
import { defineFeature, type Runtime } from "./feature";
import { FeatureRunner } from "./feature-runner";
import { Lookups } from "./lookups";
import type { SafeSend } from "./safe-messaging";

function runtimeAt(ref: { url: string }): Runtime {
	const send = (async () => undefined) as SafeSend;
	return {
		doc: document,
		url: () => ref.url,
		observer: new ElementObserver(document, () => undefined),
		lookups: new Lookups(send),
		hosts: new HostRegistry(),
		send,
	};
}

describe("FeatureRunner", () => {
	it("runs matching features, aborts them on navigation, restarts those that match the new page", () => {
		const ref = { url: "https://mail.google.com/mail/u/0/#inbox" };
		const log: string[] = [];
		const signals: AbortSignal[] = [];
		const everywhere = defineFeature({
			id: "everywhere",
			include: () => true,
			init: (signal) => {
				signals.push(signal);
				log.push(`everywhere ${ref.url.split("#")[1]}`);
			},
		});
		const threadsOnly = defineFeature({
			id: "threads",
			include: (url) => url.includes("/FM"),
			init: () => {
				log.push("threads");
			},
		});
		const runner = new FeatureRunner([everywhere, threadsOnly], runtimeAt(ref));
		runner.run();
		runner.run(); // same URL: nothing happens
		ref.url = "https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJWDsKmtRxmHCcl";
		runner.run();
		expect(log).toEqual(["everywhere inbox", "everywhere inbox/FMfcgzQXJWDsKmtRxmHCcl", "threads"]);
		expect(signals.map((s) => s.aborted)).toEqual([true, false]);
		runner.stop();
		expect(signals[1]?.aborted).toBe(true);
	});

	it("isolates a feature that throws or rejects: the others still run", async () => {
		const ref = { url: "https://mail.google.com/mail/u/0/#inbox" };
		const ran: string[] = [];
		const runner = new FeatureRunner(
			[
				defineFeature({
					id: "throws",
					include: () => true,
					init: () => {
						throw new Error("bug");
					},
				}),
				defineFeature({
					id: "rejects",
					include: () => true,
					init: async () => {
						throw new Error("async bug");
					},
				}),
				defineFeature({
					id: "bad predicate",
					include: () => {
						throw new Error("bug");
					},
					init: () => undefined,
				}),
				defineFeature({
					id: "fine",
					include: () => true,
					init: () => {
						ran.push("fine");
					},
				}),
			],
			runtimeAt(ref),
		);
		const warn = console.warn;
		console.warn = () => undefined;
		try {
			runner.run();
			await new Promise((resolve) => setTimeout(resolve, 0));
		} finally {
			console.warn = warn;
		}
		expect(ran).toEqual(["fine"]);
		expect(runner.stats).toEqual({ featureRuns: 3, errors: 3 });
	});
});
