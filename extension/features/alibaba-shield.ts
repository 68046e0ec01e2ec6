/**
 * Clicks and keys on our in-page UI must not reach Alibaba's handlers (a row click opens the
 * inquiry). Kept here rather than imported from the Gmail parts, whose module would bring the
 * Gmail driver into the Alibaba bundle.
 */
export function shieldFromPage(host: HTMLElement): void {
	for (const type of ["click", "mousedown", "mouseup", "dblclick", "keydown"]) {
		host.addEventListener(type, (event) => event.stopPropagation());
	}
}
