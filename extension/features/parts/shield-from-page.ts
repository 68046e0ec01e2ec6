/**
 * Clicks and keys on our in-page UI must not reach the page's handlers (a Gmail row click opens
 * the thread, an Alibaba row click opens the inquiry). Site-neutral, so both bundles share it.
 */
export function shieldFromPage(host: HTMLElement): void {
	for (const type of ["click", "mousedown", "mouseup", "dblclick", "keydown"]) {
		host.addEventListener(type, (event) => event.stopPropagation());
	}
}
