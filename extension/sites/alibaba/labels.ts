/**
 * The labels and badges of Alibaba.com's seller pages, in the English and the Chinese seller
 * interface (2026-12, FACTS.md: the buyer card's 公司名称 / 邮箱 / 注册时间 / 公司官网 / 手机 / 座机
 * rows and its number-first activity figures; the RFQ market's "Quantity Required", "Posted in" /
 * 发布地点, "Date Posted", "Trade Terms", "Payment Term", "LAST VISITED"). Extraction keys on
 * these visible words, not on class names, so a redesign that keeps the words keeps working.
 */

export type LabelKind =
	| "buyerName"
	| "company"
	| "country"
	| "destination"
	| "buyerId"
	| "email"
	| "phone"
	| "whatsapp"
	| "website"
	| "subject"
	| "product"
	| "message"
	| "date"
	| "quantity"
	| "targetPrice"
	| "incoterm"
	| "quotesLeft"
	| "years"
	| "inquiries"
	| "rfqs"
	| "loginDays"
	| "productViews"
	| "repliedInquiries"
	| "spamInquiries"
	| "blacklistedBy"
	| "ignored"
	| "buyerSection";

/** Activity figures the buyer card prints number first ("12 Valid Inquiries", "12 有效询盘"). */
export const NUMBER_FIRST = new Set<LabelKind>([
	"inquiries",
	"rfqs",
	"loginDays",
	"productViews",
	"repliedInquiries",
	"spamInquiries",
	"blacklistedBy",
]);

export type BadgeKind =
	| "verified"
	| "emailConfirmed"
	| "experienced"
	| "completesOrders"
	| "typicallyReplies"
	| "interactiveUser"
	| "unread";

const LABELS: Record<LabelKind, string[]> = {
	buyerName: [
		"customer name",
		"客户名称",
		"客户",
		"buyer",
		"buyer name",
		"from",
		"name",
		"contact",
		"contact name",
		"contact person",
		"买家",
		"买家名称",
		"买家姓名",
		"联系人",
		"姓名",
		"发件人",
	],
	company: ["company", "company name", "buyer company", "公司", "公司名称", "买家公司"],
	country: [
		"country",
		"country/region",
		"country / region",
		"location",
		"buyer country",
		"posted in",
		"发布地点",
		"国家",
		"国家/地区",
		"地区",
		"所在地",
	],
	destination: [
		"destination country",
		"destination",
		"destination country/region",
		"ship to",
		"目的国",
		"目的国家",
		"目的国家/地区",
		"目的地",
	],
	buyerId: ["member id", "buyer id", "login id", "会员id", "买家id", "会员账号", "登录名"],
	email: ["email", "e-mail", "email address", "邮箱", "电子邮箱", "邮件"],
	phone: [
		"phone",
		"tel",
		"telephone",
		"mobile",
		"mobile phone",
		"phone number",
		"电话",
		"手机",
		"联系电话",
		"手机号",
		"landline",
		"座机",
	],
	whatsapp: ["whatsapp"],
	website: ["website", "company website", "网站", "公司网站", "公司官网"],
	subject: ["subject", "inquiry subject", "rfq title", "主题", "询盘主题", "标题"],
	product: ["product", "product name", "products", "inquired product", "产品", "产品名称", "询价产品"],
	message: [
		"message",
		"inquiry content",
		"details",
		"detailed requirements",
		"requirements",
		"description",
		"询盘内容",
		"详细需求",
		"需求详情",
		"留言",
		"采购需求描述",
	],
	date: [
		"date",
		"date posted",
		"posted",
		"posted on",
		"sent",
		"sent on",
		"received",
		"发布时间",
		"发送时间",
		"询盘时间",
		"日期",
		"收到时间",
	],
	quantity: [
		"quantity",
		"quantity required",
		"purchase quantity",
		"order quantity",
		"qty",
		"采购数量",
		"需求数量",
		"数量",
		"采购量",
	],
	targetPrice: [
		"target price",
		"unit price",
		"budget",
		"expected price",
		"目标价格",
		"目标价",
		"期望价格",
		"预算",
	],
	incoterm: ["trade terms", "shipping terms", "incoterms", "price terms", "贸易条款", "价格条款", "贸易方式"],
	quotesLeft: ["quotes left", "quotations left", "remaining quotes", "剩余报价", "剩余报价数"],
	years: [
		"registered",
		"registration time",
		"registration date",
		"years registered",
		"member since",
		"joined",
		"years on alibaba.com",
		"注册年限",
		"注册时间",
		"会员年限",
	],
	inquiries: [
		"inquiries",
		"inquiries sent",
		"inquiries posted",
		"valid inquiries",
		"询盘数",
		"发送询盘数",
		"询盘次数",
		"有效询盘",
		"有效询盘数",
	],
	rfqs: [
		"rfqs",
		"rfqs posted",
		"rfq posted",
		"valid rfqs",
		"buying requests",
		"发布rfq数",
		"rfq数",
		"有效rfq数",
		"有效rfq",
		"采购需求数",
	],
	loginDays: ["login days", "登录天数"],
	productViews: ["product views", "产品浏览数"],
	repliedInquiries: ["replied inquiries", "已回复询盘", "回复询盘数"],
	spamInquiries: ["spam inquiries", "垃圾询盘数", "垃圾询盘"],
	blacklistedBy: ["blacklisted", "被加为黑名单数", "被加入黑名单数"],
	/** Read so their values never pass for another field's. */
	ignored: ["payment term", "payment terms", "付款方式", "last visited", "最近访问"],
	buyerSection: [
		"buyer profile",
		"buyer information",
		"buyer info",
		"buyer details",
		"about the buyer",
		"买家信息",
		"买家资料",
		"买家档案",
		"买家详情",
	],
};

const BADGES: Record<BadgeKind, string[]> = {
	verified: [
		"verified",
		"verified buyer",
		"identity verified",
		"已认证",
		"认证买家",
		"已认证买家",
		"实名认证",
	],
	emailConfirmed: ["email confirmed", "email verified", "邮箱已验证", "邮箱已认证", "邮箱已确认"],
	experienced: ["experienced buyer", "资深买家"],
	completesOrders: ["completes orders via rfq", "通过rfq下单"],
	// The Chinese words of these two are assumed (the tag names are observed: FACTS.md).
	typicallyReplies: ["typically replies", "通常会回复"],
	interactiveUser: ["interactive user", "活跃用户"],
	unread: ["unread", "未读"],
};

/** Lower-case, NFKC, spaces collapsed, a trailing colon and leading bullets removed. */
export function labelKey(text: string): string {
	return text
		.normalize("NFKC")
		.toLowerCase()
		.replace(/\s+/g, " ")
		.replace(/^[\s*•·]+/, "")
		.replace(/[\s:：]+$/, "");
}

const labelIndex = new Map<string, LabelKind>();
for (const [kind, words] of Object.entries(LABELS) as Array<[LabelKind, string[]]>) {
	for (const word of words) labelIndex.set(labelKey(word), kind);
}
const badgeIndex = new Map<string, BadgeKind>();
for (const [kind, words] of Object.entries(BADGES) as Array<[BadgeKind, string[]]>) {
	for (const word of words) badgeIndex.set(labelKey(word), kind);
}
/** Longest first, so "quantity required" wins over "quantity". */
const labelsByLength = [...labelIndex.keys()].sort((a, b) => b.length - a.length);

export interface LabelMatch {
	kind: LabelKind;
	/** The value when label and value share one text ("Quantity Required: 20 Set/Sets"). */
	inline?: string;
}

/** The label a text is, or starts with ("Label: value", or "Label 20" for numeric values). */
export function matchLabel(text: string): LabelMatch | null {
	const key = labelKey(text);
	const exact = labelIndex.get(key);
	if (exact !== undefined) return { kind: exact };
	const shown = text
		.normalize("NFKC")
		.replace(/\s+/g, " ")
		.replace(/^[\s*•·]+/, "")
		.trim();
	const lower = shown.toLowerCase();
	for (const label of labelsByLength) {
		if (!lower.startsWith(label)) continue;
		const rest = shown.slice(label.length);
		const split = /^\s*[:：]\s*/.exec(rest) ?? /^\s+(?=[\d+$-])/.exec(rest);
		if (split === null) continue;
		const kind = labelIndex.get(label);
		const inline = rest.slice(split[0].length).trim();
		if (kind !== undefined && inline !== "") return { kind, inline };
	}
	return numberFirst(shown);
}

/** "12 Valid Inquiries", "-1 登录天数": a number-first activity figure in one text. */
function numberFirst(shown: string): LabelMatch | null {
	const match = /^(-?[\d,]+|-+)\s*(\D.*)$/.exec(shown);
	const kind = match?.[2] === undefined ? undefined : labelIndex.get(labelKey(match[2]));
	return kind !== undefined && NUMBER_FIRST.has(kind) && match?.[1] ? { kind, inline: match[1] } : null;
}

/** The badge a text is ("Email Confirmed", "邮箱已验证"), or null. */
export function matchBadge(text: string): BadgeKind | null {
	return badgeIndex.get(labelKey(text)) ?? null;
}
