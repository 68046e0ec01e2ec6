/**
 * Strings the in-page marks need (tier names and the badge's heading): the only area besides
 * gmail and alibaba that content scripts carry, so they stay small.
 */
const en = {
	"tier.platinum": "Platinum",
	"tier.gold": "Gold",
	"tier.iron": "Iron",
	"tier.lead": "Lead",
	"tier.title": "Customer tier: {label}",
	"tier.provisional": "Provisional tier (not yet confirmed by the server): {label}",
} as const;

const zh_CN: Record<keyof typeof en, string> = {
	"tier.platinum": "白金客户",
	"tier.gold": "黄金客户",
	"tier.iron": "铁质客户",
	"tier.lead": "铅质客户",
	"tier.title": "客户等级：{label}",
	"tier.provisional": "暂定等级（服务器尚未确认）：{label}",
};

export const marks = { en, zh_CN };
