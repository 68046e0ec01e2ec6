/**
 * Index keys for a customer's contact names: each name lower-cased, and each of its words, so a
 * prefix finds "陈志明" by "陈" and "Zhang Wei" by "zhang" or "wei".
 */
export function contactKeysOf(names: readonly string[]): string[] {
	const keys = new Set<string>();
	for (const name of names) {
		const key = name.trim().toLowerCase().replace(/\s+/g, " ");
		if (!key) continue;
		keys.add(key);
		for (const word of key.split(" ")) keys.add(word);
	}
	return [...keys];
}
