/**
 * "Save to Tierline" beside an opened thread's subject: saves the most recent external sender
 * and the whole conversation (subject, participants, dates, cleaned bodies, the signature's
 * details) in one click. Once the sender is a known customer (saved here, from the side panel,
 * or by a colleague) the button gives way to their tier badge.
 */
import { render } from "preact";
import { type MessageKey, t } from "../i18n";
import { attachOnce } from "../runtime/attach-once";
import { defineFeature, type Runtime } from "../runtime/feature";
import { BUTTON_SIZE } from "../runtime/shadow-host";
import { extractGmailPage, findThreadSubjects, isMailView, readOwnAccount } from "../sites/gmail";
import { CaptureButton, type CaptureButtonLook } from "./parts/capture-button-view";
import { capturePerson } from "./parts/capture-person";
import { shieldFromPage } from "./parts/shield-from-page";
import { drawTierMark } from "./parts/tier-mark";
import type { SaveState } from "./parts/use-save";

export const CAPTURE_BUTTON_KEY = "gmail-capture-thread";

const TEXTS: Record<SaveState<"saved" | "failed">, MessageKey> = {
	idle: "gmail.capture.thread",
	saving: "gmail.capture.saving",
	saved: "gmail.capture.saved",
	failed: "gmail.capture.failed",
};

const LOOK: CaptureButtonLook<"saved" | "failed"> = {
	className: "tierline-capture-thread",
	colours: { idle: "#1a5fb4", saving: "#5f6670", saved: "#26803a", failed: "#b3261e" },
	text: (state) => t(TEXTS[state]),
	place: { marginLeft: "8px", verticalAlign: "middle" },
};

function firstExternal(runtime: Runtime) {
	return extractGmailPage(runtime.doc, { url: runtime.url() }).contacts[0];
}

function drawButton(subject: Element, runtime: Runtime): void {
	const sender = firstExternal(runtime);
	const known = sender?.email ? runtime.lookups.peek({ email: sender.email }) : null;
	if (sender?.email && known) {
		const place = {
			anchor: subject,
			key: CAPTURE_BUTTON_KEY,
			badgeClass: "tierline-thread-badge",
			churnMark: true,
			position: "append" as const,
			size: BUTTON_SIZE,
		};
		drawTierMark(runtime, place, known, { label: () => "", onSave: async () => false });
		return;
	}
	const email = sender?.email;
	if (email && known === undefined) {
		// Asked again (say a capture's broadcast arrived after its answer): draw with the answer.
		void runtime.lookups.request([{ email }]).then(() => {
			if (subject.isConnected && runtime.lookups.peek({ email }) !== undefined) drawButton(subject, runtime);
		});
	}
	const { host, root, created } = attachOnce(
		subject,
		CAPTURE_BUTTON_KEY,
		"append",
		runtime.hosts,
		BUTTON_SIZE,
	);
	if (created) shieldFromPage(host);
	// While the sender is being looked up, whatever is drawn stays (no badge → button → badge flicker).
	if (!created && root.firstChild && known === undefined) return;
	if (!created && root.firstChild && (root.firstChild as Element).classList?.contains(LOOK.className)) return;
	render(
		<CaptureButton
			look={LOOK}
			save={async () => {
				const contact = firstExternal(runtime);
				if (!contact?.email) return "failed";
				const own = readOwnAccount(runtime.doc);
				const saved = await capturePerson(runtime, { name: contact.name, email: contact.email }, own);
				return saved ? "saved" : "failed";
			}}
			hint={() => {
				const first = firstExternal(runtime);
				return first
					? t("gmail.capture.threadTitle", { name: first.name ?? first.email ?? "" })
					: t("gmail.capture.noExternal");
			}}
		/>,
		root,
	);
}

export default defineFeature({
	id: "thread-capture-button",
	include: (url) => isMailView(url),
	init(signal, runtime) {
		runtime.observer.watch(findThreadSubjects, (subject) => drawButton(subject, runtime), signal);
		runtime.lookups.onChange(() => {
			for (const subject of runtime.observer.rescan(findThreadSubjects)) drawButton(subject, runtime);
		}, signal);
	},
});
