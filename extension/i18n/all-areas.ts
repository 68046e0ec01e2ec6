/** Extension pages and the background: every string. Import once, first, in their entry points. */
import { areas } from "./areas";
import { addAreas } from "./index";

addAreas(...areas);
