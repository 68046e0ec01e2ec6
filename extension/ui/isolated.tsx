import type { ComponentChildren } from "preact";

/**
 * A name from the team's records or a page, isolated from the text around it: a right-to-left
 * name (Arabic, Hebrew) keeps its order without reordering the line it sits in. Names are stored
 * without bidi controls (shared/normalize/display-text.ts); this keeps them readable.
 */
export function Isolated({ children, class: className }: { children: ComponentChildren; class?: string }) {
	return (
		<bdi dir="auto" class={className}>
			{children}
		</bdi>
	);
}

/** The same for a name put into a translated sentence: FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE. */
export function isolate(name: string): string {
	return `\u2068${name}\u2069`;
}
