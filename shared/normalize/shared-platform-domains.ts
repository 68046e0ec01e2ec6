/**
 * Hosts where many unrelated companies have a page (trade platforms, social networks, link
 * shorteners, site builders without a public-suffix entry). A website there names the platform,
 * not the customer, so its registrable domain is never a dedupe key.
 */
const SHARED_PLATFORM_DOMAINS: ReadonlySet<string> = new Set([
	"alibaba.com",
	"1688.com",
	"aliexpress.com",
	"made-in-china.com",
	"globalsources.com",
	"dhgate.com",
	"tradeindia.com",
	"indiamart.com",
	"ec21.com",
	"ecplaza.net",
	"tradekey.com",
	"amazon.com",
	"ebay.com",
	"etsy.com",
	"mercadolibre.com",
	"mercadolibre.com.mx",
	"linkedin.com",
	"facebook.com",
	"fb.com",
	"instagram.com",
	"twitter.com",
	"x.com",
	"youtube.com",
	"youtu.be",
	"tiktok.com",
	"pinterest.com",
	"wa.me",
	"whatsapp.com",
	"t.me",
	"telegram.me",
	"weixin.qq.com",
	"wechat.com",
	"skype.com",
	"google.com",
	"goo.gl",
	"bit.ly",
	"tinyurl.com",
	"linktr.ee",
	"wix.com",
	"wixsite.com",
	"weebly.com",
	"wordpress.com",
	"squarespace.com",
	"shopify.com",
	"myshopify.com",
]);

/** True when the registrable domain is a platform shared by many companies (alibaba.com, linkedin.com …). */
export function isSharedPlatformDomain(domain: string): boolean {
	return SHARED_PLATFORM_DOMAINS.has(domain.trim().toLowerCase());
}
