/** In-page Alibaba.com strings (badges, capture buttons) and the "Capture as lead" context menu. */
const en = {
	"alibaba.capture.button": "Save buyer to Tierline",
	"alibaba.capture.title": "Save {name} and this conversation to the team's customers",
	"alibaba.capture.buyer": "Save {name} as a lead",
	"alibaba.capture.saving": "Saving…",
	"alibaba.capture.saved": "Saved",
	"alibaba.capture.failed": "Not saved, try again",
	"alibaba.capture.review": "Check in side panel",
	"alibaba.capture.reviewTitle":
		"Some details were read from the page's free text: check them in the side panel, then save",
	"alibaba.capture.partlyTitle":
		"Saved what the page showed for sure; details read from its free text are in the side panel to check",
	"alibaba.capture.noBuyer": "No buyer found on this page",
	"alibaba.badge.buyerId": "Matched by Alibaba buyer id",
	"selection.captureAsLead": "Capture as lead",
} as const;

const zh_CN: Record<keyof typeof en, string> = {
	"alibaba.capture.button": "保存买家到客户库",
	"alibaba.capture.title": "将 {name} 和这条询盘保存到团队客户库",
	"alibaba.capture.buyer": "将 {name} 保存为线索",
	"alibaba.capture.saving": "正在保存…",
	"alibaba.capture.saved": "已保存",
	"alibaba.capture.failed": "保存失败，请重试",
	"alibaba.capture.review": "请在侧边栏确认",
	"alibaba.capture.reviewTitle": "部分信息读取自页面文本，请在侧边栏核对后再保存",
	"alibaba.capture.partlyTitle": "已保存页面上确定的信息；读取自页面文本的信息请在侧边栏核对",
	"alibaba.capture.noBuyer": "此页面未找到买家",
	"alibaba.badge.buyerId": "按阿里巴巴买家 ID 匹配",
	"selection.captureAsLead": "保存为线索",
};

export const alibaba = { en, zh_CN };
