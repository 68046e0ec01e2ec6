import { describe, expect, it } from "vitest";
import type { BacktestReport } from "../../shared/scoring/backtest";
import { addMember, api, capture, createTeam, expectProblem, send, tableCounts } from "./support";

async function customerWith(token: string, email: string, orders: Array<[string, number]>): Promise<string> {
	const res = await capture(token, { source: "gmail", contact: { email }, company: { country: "DE" } });
	const { id } = (await res.json()).customer;
	for (const [date, amount] of orders) {
		const posted = await api(token).v1.customers[":id"].orders.$post({
			param: { id },
			json: { amount, currency: "USD", date },
		});
		expect(posted.status).toBe(201);
	}
	return id;
}

const backtest = (token: string, query: string) => send(`/v1/team/backtest?${query}`, { token });

describe("GET /v1/team/backtest", () => {
	it("scores the team as of the date and counts the next months, window ends included", async () => {
		const { token } = await createTeam();
		await customerWith(token, "a@alpha-import.de", [
			["2024-01-10", 1000],
			["2024-03-10", 1000],
			["2024-05-10", 1000],
			["2024-07-15", 3000],
		]);
		await customerWith(token, "b@beta-import.de", [["2024-02-01", 500]]);
		// On asOf itself: known then. On the window's last day: counted. The day after: not.
		await customerWith(token, "c@gamma-import.de", [
			["2024-06-30", 200],
			["2024-09-30", 700],
			["2024-10-01", 9999],
		]);
		// Captured today, first order after asOf: a new customer no tier could have foreseen.
		await customerWith(token, "d@delta-import.de", [["2024-08-01", 300]]);
		const before = await tableCounts();

		const res = await backtest(token, "asOf=2024-06-30&months=3");
		expect(res.status).toBe(200);
		const report = (await res.json()) as BacktestReport;
		expect(report).toMatchObject({
			asOf: "2024-06-30",
			months: 3,
			windowEnd: "2024-09-30",
			customers: 3,
			revenue12mUsd: 3700,
			nextRevenueUsd: 4000,
			newCustomersNextRevenueUsd: 300,
		});
		expect(report.tiers.reduce((n, t) => n + t.customers, 0)).toBe(3);
		const high = report.comparisons.find((c) => c.group === "platinumGold");
		expect(high?.customers).toBe(1);
		// The one high-current customer is A, also the first by past revenue: 3,000 of 4,000.
		expect(high).toMatchObject({ modelShare: 0.75, rankingShare: 0.75, liftPoints: 0 });
		expect(report.churn).toMatchObject({
			repeatBuyers: 1,
			unflagged: { customers: 1, reordered: 1, rate: 1 },
			flagged: { customers: 0, reordered: 0, rate: null },
			ratio: null,
		});
		expect(await tableCounts()).toEqual(before);
	});

	it("is for managers and admins: 403 for sales", async () => {
		const { token } = await createTeam();
		const sales = await addMember(token, "sales");
		await expectProblem(await backtest(sales.token, "asOf=2024-06-30"), 403);
		const manager = await addMember(token, "manager");
		expect((await backtest(manager.token, "asOf=2024-06-30")).status).toBe(200);
	});

	it("sees only the caller's team", async () => {
		const ours = await createTeam();
		await customerWith(ours.token, "x@xeno-import.de", [
			["2024-01-10", 1000],
			["2024-07-10", 1000],
		]);
		const other = await createTeam();
		const report = (await (await backtest(other.token, "asOf=2024-06-30&months=3")).json()) as BacktestReport;
		expect(report).toMatchObject({ customers: 0, revenue12mUsd: 0, nextRevenueUsd: 0 });
	});

	it("answers 422 problem+json for a bad asOf or months, and for a window not yet over", async () => {
		const { token } = await createTeam();
		for (const query of ["", "asOf=2024-13-01", "asOf=yesterday", "asOf=2024-06-31"]) {
			const problem = await expectProblem(await backtest(token, query), 422);
			expect(problem.errors?.[0]?.path).toBe("asOf");
		}
		for (const query of ["months=0", "months=abc", "months=2.5", "months=37"]) {
			const problem = await expectProblem(await backtest(token, `asOf=2024-06-30&${query}`), 422);
			expect(problem.errors?.[0]?.path).toBe("months");
		}
		const future = new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10);
		const problem = await expectProblem(await backtest(token, `asOf=${future}&months=1`), 422);
		expect(problem.errors?.[0]).toMatchObject({ path: "months" });
	});
});
