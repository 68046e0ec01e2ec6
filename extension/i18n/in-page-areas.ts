/** Content scripts: only the strings drawn in the page (marks, buttons, tooltips). */
import { alibaba } from "../locales/alibaba";
import { gmail } from "../locales/gmail";
import { marks } from "../locales/marks";
import { addAreas } from "./index";

addAreas(marks, gmail, alibaba);
