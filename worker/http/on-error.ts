import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { z } from "zod";
import { isUniqueViolation } from "../db/guards";
import { badRequest, conflict, invalid, notFound, ProblemError, problemResponse, tooLarge } from "./problem";
import { fieldErrors } from "./validate";

/** The one error handler: known errors become problems, anything else is logged and a 500 problem. */
export function onError(error: Error, c: Context): Response {
	const known = toProblem(error);
	if (known) return problemResponse(known);
	console.error(`${c.req.method} ${new URL(c.req.url).pathname} failed`, error);
	return problemResponse(
		new ProblemError(500, "internal", "Internal server error", {
			detail: "Something went wrong; it has been logged",
		}),
	);
}

export function onNotFound(c: Context): Response {
	return problemResponse(notFound(`${c.req.method} ${new URL(c.req.url).pathname}`));
}

function toProblem(error: Error): ProblemError | null {
	if (error instanceof ProblemError) return error;
	if (error instanceof z.ZodError) return invalid(fieldErrors(error, "body"));
	if (error instanceof HTTPException) return fromHttpException(error);
	// A UNIQUE index the code did not anticipate (a race the route has no friendlier answer for).
	if (isUniqueViolation(error)) return conflict("The change conflicts with an existing record");
	return null;
}

function fromHttpException(error: HTTPException): ProblemError {
	if (error.status === 413) return tooLarge("The request body is too large");
	if (error.status === 400) return badRequest(error.message || "Malformed request");
	if (error.status === 404) return notFound("The resource");
	return new ProblemError(500, "internal", "Internal server error", { detail: error.message });
}
