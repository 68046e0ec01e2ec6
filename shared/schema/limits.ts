/** Input limits shared by the API (413/422) and the extension (which trims before sending). */
export const LIMITS = {
	bodyBytes: 1_000_000,
	name: 200,
	email: 254,
	phone: 40,
	shortText: 500,
	subject: 1_000,
	messageBody: 20_000,
	messagesPerThread: 100,
	lookupKeys: 500,
	participants: 100,
	noteBody: 10_000,
	pageSize: 200,
} as const;
