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
	"localTime.at": "{time} {weekday} in {place}",
	"localTime.assumed": "time zone assumed: {zone}",
	"localTime.outside": "outside business hours",
	"localTime.weekend": "local weekend",
} as const;

const zh_CN: Record<keyof typeof en, string> = {
	"tier.platinum": "白金客户",
	"tier.gold": "黄金客户",
	"tier.iron": "铁质客户",
	"tier.lead": "铅质客户",
	"tier.title": "客户等级：{label}",
	"tier.provisional": "暂定等级（服务器尚未确认）：{label}",
	"localTime.at": "{place} 当地时间 {weekday} {time}",
	"localTime.assumed": "假定时区：{zone}",
	"localTime.outside": "非工作时间",
	"localTime.weekend": "当地周末",
};

export const marks = { en, zh_CN };
