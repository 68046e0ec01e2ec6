import { type Problem, problemSchema } from "../../shared/schema/problem";

/** Why a call to the API failed, in the terms the UI explains to the user. */
export type ApiFailure =
	/** No answer at all: offline, wrong host, refused, timed out, or access not granted. */
	| { kind: "unreachable"; message: string }
	/** The API answered with an error status; `problem` when the body was problem+json. */
	| { kind: "http"; status: number; problem: Problem | null; message: string }
	/** A success status but not the expected body: most likely not a Tierline API at that URL. */
	| { kind: "invalid"; status: number; message: string };

export class ApiError extends Error {
	constructor(readonly failure: ApiFailure) {
		super(failure.message);
		this.name = "ApiError";
	}

	get status(): number | null {
		return this.failure.kind === "unreachable" ? null : this.failure.status;
	}
}

/** Turns an error response into an ApiError, keeping the problem detail when there is one. */
export async function errorFromResponse(response: Response): Promise<ApiError> {
	const problem = await readProblem(response);
	const message = problem
		? [problem.title, problem.detail].filter(Boolean).join(": ")
		: `HTTP ${response.status} ${response.statusText}`.trim();
	return new ApiError({ kind: "http", status: response.status, problem, message });
}

async function readProblem(response: Response): Promise<Problem | null> {
	try {
		const parsed = problemSchema.safeParse(await response.json());
		return parsed.success ? parsed.data : null;
	} catch {
		return null;
	}
}

/** One line for the user: the problem's detail (and failing fields) when the server gave them. */
export function describeFailure(error: unknown): string {
	if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error);
	const failure = error.failure;
	if (failure.kind !== "http" || !failure.problem) return failure.message;
	const { title, detail, errors } = failure.problem;
	const fields = errors?.map((e) => `${e.path}: ${e.message}`).join("; ");
	return [detail ?? title, fields].filter(Boolean).join(" — ");
}
