/**
 * The keys an Alibaba buyer's tier mark is looked up by: the platform buyer id, a visible email,
 * and the visible host of a masked one ("a******@alnoor-trading.ae"). The background turns the
 * host into a corporate domain with the full rule (free mail and trade platforms never count).
 */
import type { PageContact } from "../../../shared/schema/page-capture";
import type { PersonKeys } from "../../runtime/lookups";

export function buyerKeys(contact: PageContact): PersonKeys {
	const buyerId = contact.buyerId?.trim();
	const email = contact.email?.trim().toLowerCase();
	const host = (email ?? contact.masked.email)?.split("@")[1]?.trim().toLowerCase();
	const domain = host && !host.includes("*") && !email ? host : undefined;
	return {
		...(buyerId ? { buyerId } : {}),
		...(email ? { email } : {}),
		...(domain ? { domain } : {}),
	};
}
