import { z } from "zod";
import { churnReasonMessages } from "../../../shared/scoring/churn";
import { messageSchema, messagesText } from "./explanation-text";

const withReasons = z.object({ churnReasons: z.array(messageSchema) });

/**
 * Why the churn warning, in the UI language: from the explanation's messages when the record has them,
 * else read back from the stored English reason (records scored before messages existed, the cached
 * list), else the English as it is.
 */
export function churnReasonText(customer: {
	churn: { reason?: string };
	explanation?: unknown;
}): string | undefined {
	const reason = customer.churn.reason;
	if (!reason) return undefined;
	const parsed = withReasons.safeParse(customer.explanation);
	if (parsed.success && parsed.data.churnReasons.length > 0) {
		const text = messagesText(parsed.data.churnReasons);
		if (text !== null) return text;
	}
	const read = churnReasonMessages(reason);
	return (read && messagesText(read)) ?? reason;
}
