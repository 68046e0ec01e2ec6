/**
 * Text-level work on an extracted capture: split quoted history and signatures the DOM did not
 * mark (mail from other clients), and read each external sender's newest signature for title,
 * company, phones (E.164), website, WhatsApp / WeChat / Skype, address and country.
 *
 * Separate from the DOM pass because its tools (phone and domain metadata) are large: the CLI,
 * tests and extension pages run it; the in-page script sends the DOM pass as it is.
 */

import { applyParsedContact } from "../../../shared/contact-text/apply-parsed-contact";
import type { PageCapture, PageMessage } from "../../../shared/schema/page-capture";
import type { TextTools } from "./text-tools";

export function enrichCapture(
	capture: PageCapture,
	tools: TextTools,
	team: { defaultCountry?: string | null } = {},
): PageCapture {
	try {
		const messages = capture.thread?.messages.map((message) => splitText(message, tools)) ?? [];
		const thread = capture.thread ? { ...capture.thread, messages } : undefined;
		const contacts = capture.contacts.map((contact) => {
			const copy = { ...contact, phones: [...contact.phones], sources: { ...contact.sources } };
			for (const message of messages) {
				if (message.fromEmail !== contact.email || !message.signature || !tools.parseContactText) continue;
				applyParsedContact(
					copy,
					tools.parseContactText(message.signature, {
						senderEmail: message.fromEmail,
						defaultCountry: team.defaultCountry ?? undefined,
					}),
				);
			}
			return copy;
		});
		const unconfirmed = contacts.flatMap((contact, index) =>
			Object.entries(contact.sources)
				.filter(([, source]) => source === "text")
				.map(([field]) => `contacts.${index}.${field}`),
		);
		return { ...capture, thread, contacts, unconfirmed };
	} catch {
		return capture;
	}
}

function splitText(message: PageMessage, tools: TextTools): PageMessage {
	if (message.collapsed) return message;
	let { body, quoted, signature } = message;
	// Also when the DOM marked a quote: an attribution line above it ("… <lily@…>:") is text.
	if (tools.stripQuotedReply) {
		const stripped = tools.stripQuotedReply(body);
		body = stripped.reply;
		quoted = [stripped.quoted, quoted].filter((part) => part.trim() !== "").join("\n\n");
	}
	if (!signature && tools.splitSignature) {
		const split = tools.splitSignature(body, { senderName: message.fromName });
		body = split.body;
		signature = split.signature;
	}
	return { ...message, body: body.trim(), quoted: quoted.trim(), signature: signature.trim() };
}
