/**
 * Idempotent attachment: one host per (anchor, key), however often a feature runs over the same
 * element. Every host is remembered so that disabling the extension removes them all.
 */
import {
	createShadowHost,
	type HostSize,
	OWN_UI_ATTRIBUTE,
	type ShadowHost,
	shadowRootOf,
} from "./shadow-host";

export type Position = "after" | "append";

export interface Attached extends ShadowHost {
	/** False when the host was already there (the caller may still re-render into it). */
	created: boolean;
}

export class HostRegistry {
	private readonly hosts = new Set<HTMLElement>();

	add(host: HTMLElement): void {
		if (this.hosts.size > 1000) for (const old of this.hosts) if (!old.isConnected) this.hosts.delete(old);
		this.hosts.add(host);
	}

	/** Remove every host we ever attached (extension disabled or updated). */
	removeAll(): void {
		for (const host of this.hosts) host.remove();
		this.hosts.clear();
	}

	get size(): number {
		return this.hosts.size;
	}
}

export function attachOnce(
	anchor: Element,
	key: string,
	position: Position,
	registry: HostRegistry,
	size?: HostSize,
): Attached {
	const existing = findExisting(anchor, key, position);
	const root = existing ? shadowRootOf(existing) : undefined;
	if (existing && root) return { host: existing, root, created: false };
	existing?.remove();
	const made = createShadowHost(anchor.ownerDocument, key, size);
	if (position === "after") anchor.after(made.host);
	else anchor.append(made.host);
	registry.add(made.host);
	return { ...made, created: true };
}

/** Our hosts sit right after the anchor (several features may stack there) or inside it. */
function findExisting(anchor: Element, key: string, position: Position): HTMLElement | undefined {
	if (position === "append") {
		for (const child of anchor.children)
			if (child.getAttribute(OWN_UI_ATTRIBUTE) === key) return child as HTMLElement;
		return undefined;
	}
	for (
		let next = anchor.nextElementSibling;
		next?.hasAttribute(OWN_UI_ATTRIBUTE);
		next = next.nextElementSibling
	) {
		if (next.getAttribute(OWN_UI_ATTRIBUTE) === key) return next as HTMLElement;
	}
	return undefined;
}
