import { Hono } from "hono";
import { authenticate } from "./auth/authenticate";
import { rateLimit } from "./auth/rate-limit";
import type { AppEnv } from "./env";
import { onError, onNotFound } from "./http/on-error";
import { limitBody, requestContext } from "./http/request-context";
import { scheduled } from "./rescore/drive";
import { auditRoutes } from "./routes/audit";
import { backtestRoutes } from "./routes/backtest";
import { bulkTransferRoutes } from "./routes/bulk-transfer";
import { capturesRoutes } from "./routes/captures";
import { customerExportRoutes } from "./routes/customer-export";
import { customersRoutes } from "./routes/customers";
import { erasureRoutes } from "./routes/erasure";
import { exportRoutes } from "./routes/export";
import { followUpListRoutes, followUpRoutes } from "./routes/follow-ups";
import { handoverRoutes } from "./routes/handover";
import { health } from "./routes/health";
import { importsRoutes } from "./routes/imports";
import { insightsRoutes } from "./routes/insights";
import { acceptInvitationRoutes, invitationsRoutes } from "./routes/invitations";
import { lookupRoutes } from "./routes/lookup";
import { meRoutes } from "./routes/me";
import { memberOverviewRoutes } from "./routes/member-overview";
import { membersRoutes } from "./routes/members";
import { notesRoutes } from "./routes/notes";
import { ordersRoutes } from "./routes/orders";
import { ownershipRoutes } from "./routes/ownership";
import { playbooksRoutes } from "./routes/playbooks";
import { poolRulesRoutes } from "./routes/pool-rules";
import { possibleDuplicateRoutes } from "./routes/possible-duplicate";
import { scoringRoutes } from "./routes/scoring";
import { syncRoutes } from "./routes/sync";
import { teamCustomersRoutes } from "./routes/team-customers";
import { teamDefaultCountryRoutes, teamVisibilityRoutes } from "./routes/team-settings";
import { teamsRoutes } from "./routes/teams";
import { tokensRoutes } from "./routes/tokens";
import { transferRequestsRoutes } from "./routes/transfer-requests";

/**
 * Routes that need a member's API token; every query below is scoped to that token's team.
 * Authentication runs before routing here, so an unknown /v1 path answers 401 without a token
 * (the API's routes are not revealed to strangers) and a 404 problem with one.
 */
const memberApi = new Hono<AppEnv>()
	.use(authenticate, rateLimit)
	.route("/me", meRoutes)
	.route("/members", memberOverviewRoutes)
	.route("/members", membersRoutes)
	.route("/invitations", invitationsRoutes)
	.route("/tokens", tokensRoutes)
	.route("/captures", capturesRoutes)
	.route("/lookup", lookupRoutes)
	// bulk-transfer and export before the /:id routes, so neither is read as a customer id.
	.route("/customers", bulkTransferRoutes)
	.route("/customers", customerExportRoutes)
	.route("/customers", customersRoutes)
	.route("/customers", ownershipRoutes)
	.route("/customers", possibleDuplicateRoutes)
	.route("/customers", ordersRoutes)
	.route("/customers", notesRoutes)
	.route("/customers", followUpRoutes)
	.route("/follow-ups", followUpListRoutes)
	.route("/sync", syncRoutes)
	.route("/audit", auditRoutes)
	.route("/team/scoring", scoringRoutes)
	.route("/team/backtest", backtestRoutes)
	.route("/team/playbooks", playbooksRoutes)
	.route("/customers", transferRequestsRoutes)
	.route("/customers", erasureRoutes)
	.route("/people", exportRoutes)
	.route("/team/visibility", teamVisibilityRoutes)
	.route("/team/default-country", teamDefaultCountryRoutes)
	.route("/team/handover", handoverRoutes)
	.route("/team/pool-rules", poolRulesRoutes)
	.route("/team/insights", insightsRoutes)
	.route("/team/customers", teamCustomersRoutes)
	.route("/imports", importsRoutes);

const app = new Hono<AppEnv>()
	.use(requestContext)
	.use("/v1/*", limitBody)
	.route("/v1/health", health)
	.route("/v1/teams", teamsRoutes)
	// No token: the one-time code is the credential (registered before the member API's authentication).
	.route("/v1/invitations/accept", acceptInvitationRoutes)
	.route("/v1", memberApi);

app.onError(onError);
app.notFound(onNotFound);

export type AppType = typeof app;
/** The Hono app, plus the cron trigger that advances re-score jobs nobody is watching (rescore/drive.ts). */
export default Object.assign(app, { scheduled });
