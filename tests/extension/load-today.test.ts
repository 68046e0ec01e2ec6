import "fake-indexeddb/auto";
import { afterEach, describe, expect, it } from "vitest";
import { loadToday } from "../../extension/day/load-today";
import { putCustomers } from "../../extension/store/customers";
import { openDb, type TierlineDb } from "../../extension/store/db";
import { setMeta } from "../../extension/store/meta";
import { customer } from "./support/fixtures";

const opened: TierlineDb[] = [];
afterEach(async () => {
	for (const db of opened.splice(0)) await db.delete();
});

const ME = { id: "mem_me", name: "Li Wei", email: "li@example.com" };
const COLLEAGUE = { id: "mem_other", name: "Zhang Min", email: "zhang@example.com" };
const NOW = new Date("2026-12-06T12:00:00Z");

describe("Today from the cache: buyers waiting, as the team's record says", () => {
	it("lists my customers' waiting buyers (an inquiry at once, an email after the team's hours), not a colleague's", async () => {
		const db = openDb(`test-${crypto.randomUUID()}`);
		opened.push(db);
		await setMeta(db, "me", {
			team: { id: "t1", name: "Hengda Tools", createdAt: "2026-01-01T00:00:00.000Z" },
			member: { ...ME, role: "manager", active: true, createdAt: "2026-01-01T00:00:00.000Z" },
		});
		const waiting = (since: string, source: "gmail" | "alibaba") => ({
			awaitingReply: { since, source },
			lastInteractionAt: since,
		});
		await putCustomers(db, [
			customer({
				id: "inquiry",
				name: "Al Noor",
				owner: ME,
				...waiting("2026-12-06T07:00:00.000Z", "alibaba"),
			}),
			customer({
				id: "email-old",
				name: "Gulf Trading",
				owner: ME,
				...waiting("2026-12-05T06:00:00.000Z", "gmail"),
			}),
			customer({
				id: "email-new",
				name: "King Home",
				owner: ME,
				...waiting("2026-12-06T06:00:00.000Z", "gmail"),
			}),
			customer({
				id: "theirs",
				name: "Bauhaus",
				owner: COLLEAGUE,
				...waiting("2026-12-01T06:00:00.000Z", "gmail"),
			}),
		]);
		const rows = await loadToday(db, NOW);
		expect(rows.map((r) => [r.customerId, r.reasons])).toEqual([
			["email-old", [{ kind: "waiting", since: "2026-12-05T06:00:00.000Z" }]],
			[
				"inquiry",
				[
					{
						kind: "waiting",
						since: "2026-12-06T07:00:00.000Z",
						replyWindowEndsAt: "2026-12-07T07:00:00.000Z",
					},
				],
			],
		]);
	});
});
