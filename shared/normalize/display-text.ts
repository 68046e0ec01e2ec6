/**
 * Characters that change how text is displayed without being seen: bidi embeddings, overrides,
 * isolates and marks (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) and zero-width
 * characters (U+200B–U+200D, U+2060, U+FEFF). In a name they make "Acme" display as another
 * company's name or hide a difference between two names, so names are stored without them; every
 * UI still shows names isolated (dir="auto" / <bdi>), so right-to-left names stay readable.
 */
const INVISIBLE = /[\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;

/** The name without invisible formatting characters, trimmed. */
export function plainName(name: string): string {
	return name.replace(INVISIBLE, "").trim();
}
