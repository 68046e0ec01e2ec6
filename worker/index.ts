import { Hono } from "hono";
import { authenticate } from "./auth/authenticate";
import { rateLimit } from "./auth/rate-limit";
import type { AppEnv } from "./env";
import { onError, onNotFound } from "./http/on-error";
import { limitBody, requestContext } from "./http/request-context";
import { capturesRoutes } from "./routes/captures";
import { health } from "./routes/health";
import { lookupRoutes } from "./routes/lookup";
import { meRoutes } from "./routes/me";
import { membersRoutes } from "./routes/members";
import { teamsRoutes } from "./routes/teams";
import { tokensRoutes } from "./routes/tokens";

/** Routes that need a member's API token; every query below is scoped to that token's team. */
const memberApi = new Hono<AppEnv>()
	.use(authenticate, rateLimit)
	.route("/me", meRoutes)
	.route("/members", membersRoutes)
	.route("/tokens", tokensRoutes)
	.route("/captures", capturesRoutes)
	.route("/lookup", lookupRoutes);

const app = new Hono<AppEnv>()
	.use(requestContext)
	.use("/v1/*", limitBody)
	.route("/v1/health", health)
	.route("/v1/teams", teamsRoutes)
	.route("/v1", memberApi);

app.onError(onError);
app.notFound(onNotFound);

export type AppType = typeof app;
export default app;
