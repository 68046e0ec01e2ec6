/**
 * "Save to Tierline" beside an opened thread's subject: saves the most recent external sender
 * and the whole conversation (subject, participants, dates, cleaned bodies) in one click. The
 * sender's badges then update in place from the capture's answer, then from sync.
 */
import { render } from "preact";
import { type MessageKey, t } from "../i18n";
import { attachOnce } from "../runtime/attach-once";
import { defineFeature, type Runtime } from "../runtime/feature";
import {
	corporateDomainOf,
	extractGmailPage,
	findThreadSubjects,
	isMailView,
	isOwnOrColleague,
	readOwnAccount,
} from "../sites/gmail";
import { CaptureButton, type CaptureButtonLook } from "./parts/capture-button-view";
import { threadRequest } from "./parts/capture-request";
import { provisionalMatch } from "./parts/provisional-match";
import { shieldFromPage } from "./parts/shield-from-page";
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

async function captureThread(runtime: Runtime): Promise<boolean> {
	const capture = extractGmailPage(runtime.doc, { url: runtime.url() });
	const own = readOwnAccount(runtime.doc);
	const contact = capture.contacts[0];
	if (!contact?.email) return false;
	const domain = corporateDomainOf(contact.email);
	const request = threadRequest(capture, contact, domain, (email) => isOwnOrColleague(email, own));
	const reply = await runtime.send("capture", { request });
	if (!reply) return false;
	runtime.lookups.update(contact.email, provisionalMatch(reply, contact.name ?? contact.email, "email"));
	return true;
}

export default defineFeature({
	id: "thread-capture-button",
	include: (url) => isMailView(url),
	init(signal, runtime) {
		runtime.observer.watch(
			findThreadSubjects,
			(subject) => {
				const { host, root, created } = attachOnce(subject, CAPTURE_BUTTON_KEY, "append", runtime.hosts);
				if (!created) return;
				shieldFromPage(host);
				render(
					<CaptureButton
						look={LOOK}
						save={async () => ((await captureThread(runtime)) ? "saved" : "failed")}
						hint={() => {
							const first = extractGmailPage(runtime.doc, { url: runtime.url() }).contacts[0];
							return first
								? t("gmail.capture.threadTitle", { name: first.name ?? first.email ?? "" })
								: t("gmail.capture.noExternal");
						}}
					/>,
					root,
				);
			},
			signal,
		);
	},
});
