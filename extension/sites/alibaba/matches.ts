/** Where the Alibaba content scripts run (a subset of messaging/sites.ts's https://*.alibaba.com/*). */
export const ALIBABA_MATCHES = [
	"https://message.alibaba.com/*",
	"https://sourcing.alibaba.com/*",
	"https://onetalk.alibaba.com/*",
];
