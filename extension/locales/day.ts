/**
 * The salesperson's day: inquiry quality read from email, the buyer's local time, follow-ups,
 * Today and the per-tier playbooks.
 */
const en = {
	"inquiry.title": "Inquiry quality {quality}/100",
	"inquiry.quantity": "{quantity} {unit}",
	"inquiry.targetPrice": "target price {price}",
	"inquiry.sample": "sample requested",
	"inquiry.deliveryBy": "wanted by {date}",
	"inquiry.catalogueOnly": "asks only for a catalogue or price list",
	"inquiry.spamLike": "looks like spam",
	"inquiry.found": "Words found:",
	"inquiry.nothingSpecific": "nothing specific yet",

	"timeline.source.gmail": "Gmail",
	"timeline.source.alibaba": "Alibaba.com",
	"timeline.source.eml": "email file",
	"timeline.source.selection": "selected text",
	"timeline.source.manual": "entered by hand",
	"timeline.source.import": "import",
	"timeline.kind.email": "email",
	"timeline.kind.inquiry": "inquiry",
	"timeline.kind.rfq": "RFQ",
	"timeline.kind.chat": "chat",
	"timeline.kind.note": "note",

	"sync.failed": "Sync failed",
	"sync.retryAt": "trying again {when}",
	"sync.retryWithin": "trying again within {minutes} minutes",
} as const;

const zh_CN: Record<keyof typeof en, string> = {
	"inquiry.title": "询盘质量 {quality}/100",
	"inquiry.quantity": "{quantity} {unit}",
	"inquiry.targetPrice": "目标价 {price}",
	"inquiry.sample": "索要样品",
	"inquiry.deliveryBy": "要求 {date} 前交货",
	"inquiry.catalogueOnly": "只索要目录或价格表",
	"inquiry.spamLike": "疑似垃圾邮件",
	"inquiry.found": "识别到的词语：",
	"inquiry.nothingSpecific": "暂无具体信息",

	"timeline.source.gmail": "Gmail",
	"timeline.source.alibaba": "阿里巴巴国际站",
	"timeline.source.eml": "邮件文件",
	"timeline.source.selection": "选中的文字",
	"timeline.source.manual": "手动录入",
	"timeline.source.import": "导入",
	"timeline.kind.email": "邮件",
	"timeline.kind.inquiry": "询盘",
	"timeline.kind.rfq": "采购需求",
	"timeline.kind.chat": "聊天",
	"timeline.kind.note": "备注",

	"sync.failed": "同步失败",
	"sync.retryAt": "将于{when}重试",
	"sync.retryWithin": "将在 {minutes} 分钟内重试",
};

export const day = { en, zh_CN };
