import { alibaba } from "../locales/alibaba";
import { core } from "../locales/core";
import { day } from "../locales/day";
import { gmail } from "../locales/gmail";
import { imports } from "../locales/imports";
import { insights } from "../locales/insights";
import { marks } from "../locales/marks";
import { modelCheck } from "../locales/model-check";
import { playbooks } from "../locales/playbooks";
import { scoring } from "../locales/scoring";
import { scoringEditor } from "../locales/scoring-editor";
import { team } from "../locales/team";

/**
 * Every translation area. To add one: create `extension/locales/<area>.ts` and list it here (keys
 * must be unique across areas; the i18n test checks that, and that every key exists in both
 * languages with the same placeholders). In-page areas are also listed in ./in-page-areas.ts.
 */
export const areas = [
	core,
	marks,
	gmail,
	alibaba,
	scoring,
	day,
	team,
	scoringEditor,
	imports,
	playbooks,
	modelCheck,
	insights,
] as const;
