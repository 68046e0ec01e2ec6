/**
 * Where the Alibaba content scripts run (a subset of messaging/sites.ts's https://*.alibaba.com/*):
 * the seller's message centre, OneTalk chat, the RFQ market and quote form, and Alibaba's own CRM
 * (alicrm.alibaba.com and its public pool under i.alibaba.com). The scripts run in every frame,
 * since these views are often framed inside one another; alibabaPageKind decides per frame.
 */
export const ALIBABA_MATCHES = [
	"https://message.alibaba.com/*",
	"https://sourcing.alibaba.com/*",
	"https://onetalk.alibaba.com/*",
	"https://rfqposting.alibaba.com/*",
	"https://alicrm.alibaba.com/*",
	"https://i.alibaba.com/hub/alicrm/*",
];
