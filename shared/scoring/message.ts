import type { Message } from "./types";

/** A factor's English detail and the same thing as translatable messages: written together. */
export interface Described {
	detail: string;
	message: Message;
	notes?: Message[];
}

const NO_PARAMS: Record<string, never> = Object.freeze({});

/** A message; one without params shares a frozen empty object (the 100,000-customer loop allocates less). */
export function msg(key: string, params: Record<string, string | number> = NO_PARAMS): Message {
	return { key, params };
}

/** A constant message, allocated once and frozen so no caller can change it for every customer. */
export function constMsg(key: string): Message {
	return Object.freeze({ key, params: NO_PARAMS });
}

export function described(detail: string, message: Message, notes?: Message[]): Described {
	return notes && notes.length > 0 ? { detail, message, notes } : { detail, message };
}
