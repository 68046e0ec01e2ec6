/**
 * The few class names of Alibaba's seller pages worth trusting first (2026-12, FACTS.md, from
 * public code that reads the live pages). Each is a shortcut: when a redesign renames them, the
 * label and text layers still find the same facts (tests/extension/alibaba-layout-change.test.ts).
 */
export const SELECTORS = {
	/** The buyer card in the inquiry detail's CRM tab and OneTalk (2026-12). */
	buyerCard: ".alicrm-customer-detail-card",
	cardName: ".name-text",
	/** The country beside the flag: no label word. */
	cardCountry: ".country-flag-label",
	/** One message of the inquiry detail's conversation; `item-left` = the buyer's (2026-12). */
	/** One message of the inquiry detail's conversation (`item-left` the buyer's, `item-right` the seller's). */
	conversationItem: ".message-item-wrapper",
	buyerMessage: ".message-item-wrapper .item-left .session-rich-content, .item-left .session-rich-content",
	/** The machine translation under a message: not the buyer's words. */
	translation: ".target-content",
	/** The older inquiry list's rows and the CRM pool's rows carry their ids as attributes. */
	tradeIdAttribute: "data-trade-id",
} as const;
