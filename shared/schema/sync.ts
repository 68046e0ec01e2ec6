import { z } from "zod";
import { customerSchema } from "./customer";

export const syncQuerySchema = z.object({
	since: z.string().max(40).optional(),
	limit: z.coerce.number().int().min(1).max(1000).default(500),
});

/** Changed customers since the cursor, oldest change first; repeat with `cursor` while `hasMore`. */
export const syncResponseSchema = z.object({
	customers: z.array(customerSchema),
	deleted: z.array(z.string()),
	cursor: z.string(),
	hasMore: z.boolean(),
});
export type SyncResponse = z.infer<typeof syncResponseSchema>;
