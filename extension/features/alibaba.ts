/**
 * Alibaba.com's in-page features, in one list (its own module, so the Alibaba bundle never pulls
 * in another site's code). Each is one small file: a page predicate and init(signal, runtime).
 */
import type { Feature } from "../runtime/feature";
import alibabaBuyerBadges from "./alibaba-buyer-badges";
import alibabaCaptureButton from "./alibaba-capture-button";
import alibabaPageReport from "./alibaba-page-report";

export const alibabaFeatures: readonly Feature[] = [
	alibabaBuyerBadges,
	alibabaCaptureButton,
	alibabaPageReport,
];
