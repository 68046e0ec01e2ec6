import { Hono } from "hono";
import { createMiddleware } from "hono/factory";
import { captureRequestSchema } from "../../shared/schema/capture";
import { claimKey, releaseKey, requestHash } from "../capture/idempotency";
import { normalizeCapture } from "../capture/normalize-capture";
import type { CaptureBody } from "../capture/plan-capture";
import { runCapture } from "../capture/run-capture";
import { labeller, teamSettings } from "../customers/team-scoring";
import { shownTo, viewerOf } from "../customers/visibility";
import type { AppEnv, AuthContext } from "../env";
import { badRequest } from "../http/problem";
import { json } from "../http/validate";

const KEY = /^[\x21-\x7e]{1,255}$/;

/** Captures must be retry-safe: the client sends a key of its choosing (e.g. a UUID) per capture. */
const requireIdempotencyKey = createMiddleware<AppEnv>(async (c, next) => {
	const key = c.req.header("Idempotency-Key");
	if (key === undefined || !KEY.test(key)) {
		throw badRequest("Send an Idempotency-Key header (1–255 visible ASCII characters, e.g. a UUID)", [
			{ path: "Idempotency-Key", message: key === undefined ? "Required" : "1–255 visible ASCII characters" },
		]);
	}
	await next();
});

/**
 * POST /v1/captures: a contact (and company, thread, signals) seen in Gmail or on Alibaba becomes
 * the team's customer record, deduplicated. 201 when a customer was created, 200 when merged.
 */
export const capturesRoutes = new Hono<AppEnv>().post(
	"/",
	requireIdempotencyKey,
	...json(captureRequestSchema),
	async (c) => {
		const { db, auth } = c.var;
		const key = c.req.header("Idempotency-Key") as string;
		const input = c.req.valid("json");
		// Normalising can still reject (an unparsable phone): that happens before the key is claimed.
		const capture = normalizeCapture(input, c.var.auth.team);
		const claim = await claimKey(db, auth.teamId, auth.member.id, key, await requestHash(input));
		if (claim.kind === "replay") {
			c.header("Idempotent-Replayed", "true");
			return c.json(
				capturedShownTo(c.var.auth, JSON.parse(claim.body) as CaptureBody),
				claim.status === 201 ? 201 : 200,
			);
		}
		try {
			const labelOf = labeller(await teamSettings(db, auth.teamId, auth.settingsVersion));
			const outcome = await runCapture(db, auth, capture, labelOf, key);
			return c.json(capturedShownTo(auth, outcome.body), outcome.status);
		} catch (error) {
			await releaseKey(db, auth.teamId, key).catch(() => undefined);
			throw error;
		}
	},
);

/** A capture that matched a colleague's customer answers it restricted, like every other route. */
function capturedShownTo(auth: AuthContext, body: CaptureBody): CaptureBody {
	return { ...body, customer: shownTo(viewerOf(auth), body.customer) };
}
