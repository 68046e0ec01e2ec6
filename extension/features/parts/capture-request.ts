/**
 * The in-page capture: sender and thread as a CaptureRequest, built from the DOM extraction.
 * Types only from the schemas (the background validates with zod; the in-page bundle stays
 * small). Values are trimmed to the API's limits here so a long thread never gets refused.
 */
import type { CaptureRequest } from "../../../shared/schema/capture";
import { LIMITS } from "../../../shared/schema/limits";
import type { PageCapture, PageContact, PageMessage } from "../../../shared/schema/page-capture";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type ThreadInput = NonNullable<CaptureRequest["thread"]>;
type MessageInput = NonNullable<ThreadInput["messages"]>[number];

export function contactRequest(contact: PageContact, domain: string | undefined): CaptureRequest {
	return {
		source: "gmail",
		contact: {
			name: cut(contact.name, LIMITS.name),
			email: contact.email && EMAIL.test(contact.email) ? contact.email : undefined,
			phone: cut(contact.phones[0], LIMITS.phone),
			whatsapp: cut(contact.whatsapp, LIMITS.phone),
			wechat: cut(contact.wechat, 100),
			skype: cut(contact.skype, 100),
			title: cut(contact.title, LIMITS.name),
		},
		company: {
			name: cut(contact.company, LIMITS.name),
			domain,
			website: cut(contact.website, 300),
			country: cut(contact.country, 100),
			address: cut(contact.address, LIMITS.shortText),
		},
	};
}

export function threadRequest(
	capture: PageCapture,
	contact: PageContact,
	domain: string | undefined,
	isOwn: (email: string) => boolean,
): CaptureRequest {
	const request = contactRequest(contact, domain);
	const thread = capture.thread;
	if (!thread) return request;
	const messages = thread.messages.slice(-LIMITS.messagesPerThread).map((m) => message(m, isOwn));
	const input: ThreadInput = {
		kind: "email",
		externalId: thread.id.slice(0, 200),
		subject: cut(thread.subject, LIMITS.subject),
		url: thread.url && /^https:\/\//.test(thread.url) ? thread.url.slice(0, 2000) : undefined,
		occurredAt: [...messages].reverse().find((m) => m.date)?.date,
		messages,
	};
	return { ...request, thread: input };
}

function message(m: PageMessage, isOwn: (email: string) => boolean): MessageInput {
	const email = m.fromEmail && EMAIL.test(m.fromEmail) ? m.fromEmail : undefined;
	return {
		id: m.id.slice(0, 200),
		fromName: cut(m.fromName, LIMITS.name),
		fromEmail: email,
		to: m.to.slice(0, LIMITS.participants).filter((a) => a.length <= LIMITS.email),
		cc: m.cc.slice(0, LIMITS.participants).filter((a) => a.length <= LIMITS.email),
		date: m.date,
		body: m.body.slice(0, LIMITS.messageBody),
		direction: email ? (isOwn(email) ? "outbound" : "inbound") : undefined,
	};
}

function cut(value: string | undefined, max: number): string | undefined {
	const trimmed = value?.trim();
	return trimmed ? trimmed.slice(0, max) : undefined;
}
