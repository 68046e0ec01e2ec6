/**
 * Core strings: tiers, the side panel, the settings page, sync. Chinese follows the working
 * vocabulary of export sales (客户, 线索, 公海, 负责人, 一键录入, 流失预警, 客户等级).
 */
const en = {
	"tier.platinum": "Platinum",
	"tier.gold": "Gold",
	"tier.iron": "Iron",
	"tier.lead": "Lead",
	"tier.letter.platinum": "S",
	"tier.letter.gold": "A",
	"tier.letter.iron": "B",
	"tier.letter.lead": "C",
	"tier.title": "Customer tier: {label}",
	"tier.provisional": "Provisional tier (not yet confirmed by the server): {label}",
	"tier.scores": "Current value {current} · Potential value {potential}",
} as const;

const zh_CN: Record<keyof typeof en, string> = {
	"tier.platinum": "白金",
	"tier.gold": "黄金",
	"tier.iron": "铁质",
	"tier.lead": "铅质",
	"tier.letter.platinum": "S",
	"tier.letter.gold": "A",
	"tier.letter.iron": "B",
	"tier.letter.lead": "C",
	"tier.title": "客户等级：{label}",
	"tier.provisional": "暂定等级（服务器尚未确认）：{label}",
	"tier.scores": "当前价值 {current} · 潜在价值 {potential}",
};

export const core = { en, zh_CN };
