/** The team page's per-tier playbooks: cadence and next step per tier, and the reply window. */
const en = {
	"team.nav.playbooks": "Playbooks",
	"playbooks.title": "Per-tier playbooks",
	"playbooks.hint":
		"How often each tier is contacted and what comes next. After a capture, an order or a reply, the side panel proposes the next follow-up from the tier's cadence.",
	"playbooks.cadence": "Follow up every (days)",
	"playbooks.nextStep": "Next step",
	"playbooks.review": "Iron → Gold review every (days)",
	"playbooks.qualify": "Qualify within (days), else release",
	"playbooks.reply": "A buyer waiting longer than this many hours is listed in Today",
	"playbooks.save": "Save playbooks",
	"playbooks.saved": "Saved. Proposals use the new cadence from the next sync.",
	"playbooks.readOnly": "Admins and managers edit the playbooks.",
	"playbooks.defaults": "Reset to the defaults",
} as const;

const zh_CN: Record<keyof typeof en, string> = {
	"team.nav.playbooks": "分级打法",
	"playbooks.title": "各等级客户的跟进打法",
	"playbooks.hint":
		"每个等级多久联系一次、下一步做什么。录入、下单或回复之后，侧边栏会按该等级的节奏建议下一次跟进。",
	"playbooks.cadence": "跟进间隔（天）",
	"playbooks.nextStep": "下一步",
	"playbooks.review": "铁质→黄金客户复盘间隔（天）",
	"playbooks.qualify": "几天内确认资质，否则释放",
	"playbooks.reply": "买家等待回复超过多少小时即列入“今日”",
	"playbooks.save": "保存打法",
	"playbooks.saved": "已保存。下次同步后按新节奏建议跟进。",
	"playbooks.readOnly": "跟进打法由管理员和经理编辑。",
	"playbooks.defaults": "恢复默认",
};

export const playbooks = { en, zh_CN };
