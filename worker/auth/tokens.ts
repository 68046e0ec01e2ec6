import { base64url } from "../db/ids";

/** A new API token: "tl_" + 32 random bytes, base64url. Shown once; only its SHA-256 is stored. */
export function newApiToken(): string {
	return `tl_${base64url(crypto.getRandomValues(new Uint8Array(32)))}`;
}

export async function sha256Hex(value: string): Promise<string> {
	const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(value));
	return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/** The token of `Authorization: Bearer <token>`, or null. */
export function bearerToken(header: string | undefined): string | null {
	const match = /^Bearer[ ]+([^\s]+)\s*$/i.exec(header ?? "");
	return match?.[1] ?? null;
}

/** Constant-time equality of two secrets (compares their SHA-256 digests, so lengths never leak). */
export async function secretsEqual(a: string, b: string): Promise<boolean> {
	const encoder = new TextEncoder();
	const [da, db] = await Promise.all([
		crypto.subtle.digest("SHA-256", encoder.encode(a)),
		crypto.subtle.digest("SHA-256", encoder.encode(b)),
	]);
	const x = new Uint8Array(da);
	const y = new Uint8Array(db);
	let difference = 0;
	// Visits every byte whatever the inputs: no early exit that would time the first mismatch.
	for (let i = 0; i < x.length; i++) difference |= (x[i] ?? 0) ^ (y[i] ?? 0);
	return difference === 0;
}
