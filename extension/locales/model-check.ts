/** The team page's "model check": the tiers and churn flags as of a past date against what followed. */
const en = {
	"team.nav.model": "Model check",
	"modelCheck.title": "How well did the tiers predict?",
	"modelCheck.hint":
		"Scores the team as it stood on a past date with today's settings, then looks at what each customer bought in the months after. Nothing is changed.",
	"modelCheck.asOf": "As of",
	"modelCheck.months": "Months after",
	"modelCheck.run": "Check",
	"modelCheck.running": "Scoring the team as of {date}…",
	"modelCheck.notPassed":
		"The {months} months after {date} end on {end}, which has not passed yet. Pick an earlier date.",
	"modelCheck.noHistory":
		"The team has no orders up to {date}, so there is nothing to score. Pick a later date or import older orders.",
	"modelCheck.noNextRevenue": "Nobody bought between {start} and {end}: nothing to compare yet.",
	"modelCheck.verdict.better":
		"The tiers picked the customers who brought {share} of the revenue from {start} to {end} — {points} points more than ranking by past revenue.",
	"modelCheck.verdict.same":
		"The tiers picked the customers who brought {share} of the revenue from {start} to {end} — the same as ranking by past revenue.",
	"modelCheck.verdict.worse":
		"The tiers picked the customers who brought {share} of the revenue from {start} to {end} — {points} points less than ranking by past revenue ({ranking}).",
	"modelCheck.verdict.group": "Platinum and Gold: {customers} of {total} customers on {date}.",
	"modelCheck.churn.verdict":
		"Repeat buyers flagged as at risk re-ordered at {flagged}; the others at {unflagged}.",
	"modelCheck.churn.none": "No repeat buyer was flagged as at risk on {date}.",
	"modelCheck.chart.label": "Share of customers and of the following revenue, per tier",
	"modelCheck.chart.customers": "Customers",
	"modelCheck.chart.tiers": "Revenue after, by tier",
	"modelCheck.chart.ranking": "Revenue after, by past-revenue ranking",
	"modelCheck.table.tier": "Tier",
	"modelCheck.table.customers": "Customers",
	"modelCheck.table.customerShare": "Share of customers",
	"modelCheck.table.revenue12m": "Revenue, 12 months before",
	"modelCheck.table.next": "Revenue after",
	"modelCheck.table.nextShare": "Share of revenue after",
	"modelCheck.table.ranking": "Same count by past revenue",
	"modelCheck.table.newCustomers": "New customers (first seen after {date})",
	"modelCheck.table.rankingNote":
		"“Same count by past revenue”: as many customers as the tier holds, taken in tier order from the top of a ranking by revenue in the 12 months before.",
	"modelCheck.churn.title": "Churn warnings",
	"modelCheck.churn.severity": "Warning",
	"modelCheck.churn.customers": "Repeat buyers",
	"modelCheck.churn.reordered": "Re-ordered",
	"modelCheck.churn.rate": "Re-order rate",
	"modelCheck.churn.watch": "Watch",
	"modelCheck.churn.warning": "Warning",
	"modelCheck.churn.critical": "Critical",
	"modelCheck.churn.unflagged": "Not flagged",
	"modelCheck.failed": "The check failed: {detail}",
} as const;

const zh_CN: Record<keyof typeof en, string> = {
	"team.nav.model": "模型检验",
	"modelCheck.title": "分级预测得准不准？",
	"modelCheck.hint":
		"用当前设置给团队按过去某一天的情况评分，再看每个客户在之后几个月里买了多少。不会改动任何数据。",
	"modelCheck.asOf": "评分日期",
	"modelCheck.months": "之后月数",
	"modelCheck.run": "检验",
	"modelCheck.running": "正在按 {date} 的情况给团队评分…",
	"modelCheck.notPassed": "{date} 之后的 {months} 个月到 {end} 才结束，尚未过完。请选更早的日期。",
	"modelCheck.noHistory": "团队在 {date} 之前没有订单，无从评分。请选更晚的日期，或导入更早的订单。",
	"modelCheck.noNextRevenue": "{start} 至 {end} 期间没有客户下单，暂时无可比较。",
	"modelCheck.verdict.better":
		"分级选出的客户带来了 {start} 至 {end} 收入的 {share}，比按过往收入排名多 {points} 个百分点。",
	"modelCheck.verdict.same": "分级选出的客户带来了 {start} 至 {end} 收入的 {share}，与按过往收入排名相同。",
	"modelCheck.verdict.worse":
		"分级选出的客户带来了 {start} 至 {end} 收入的 {share}，比按过往收入排名（{ranking}）少 {points} 个百分点。",
	"modelCheck.verdict.group": "白金和黄金：{date} 时 {total} 个客户中的 {customers} 个。",
	"modelCheck.churn.verdict": "被标记为有流失风险的回头客复购率为 {flagged}，其余回头客为 {unflagged}。",
	"modelCheck.churn.none": "{date} 时没有回头客被标记为有流失风险。",
	"modelCheck.chart.label": "各等级的客户占比及之后收入占比",
	"modelCheck.chart.customers": "客户",
	"modelCheck.chart.tiers": "之后收入（按分级）",
	"modelCheck.chart.ranking": "之后收入（按过往收入排名）",
	"modelCheck.table.tier": "等级",
	"modelCheck.table.customers": "客户数",
	"modelCheck.table.customerShare": "客户占比",
	"modelCheck.table.revenue12m": "此前 12 个月收入",
	"modelCheck.table.next": "之后收入",
	"modelCheck.table.nextShare": "之后收入占比",
	"modelCheck.table.ranking": "按过往收入取同样人数",
	"modelCheck.table.newCustomers": "新客户（{date} 之后首次出现）",
	"modelCheck.table.rankingNote":
		"“按过往收入取同样人数”：按此前 12 个月收入排名，从高到低依等级顺序取与该等级相同数量的客户。",
	"modelCheck.churn.title": "流失预警",
	"modelCheck.churn.severity": "预警",
	"modelCheck.churn.customers": "回头客",
	"modelCheck.churn.reordered": "已复购",
	"modelCheck.churn.rate": "复购率",
	"modelCheck.churn.watch": "关注",
	"modelCheck.churn.warning": "警告",
	"modelCheck.churn.critical": "严重",
	"modelCheck.churn.unflagged": "未标记",
	"modelCheck.failed": "检验失败：{detail}",
};

export const modelCheck = { en, zh_CN };
