/** Opaque random ids with a type prefix, e.g. "cus_3vQ…" (16 random bytes, base64url). */
export function newId(
	prefix: "team" | "mem" | "tok" | "cus" | "con" | "idn" | "int" | "ord" | "note" | "treq" | "inv",
): string {
	const bytes = crypto.getRandomValues(new Uint8Array(16));
	return `${prefix}_${base64url(bytes)}`;
}

export function base64url(bytes: Uint8Array): string {
	let binary = "";
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export function nowIso(): string {
	return new Date().toISOString();
}
