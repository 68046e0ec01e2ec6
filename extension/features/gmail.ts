/**
 * Gmail's in-page features, in one list (its own module, so the Gmail bundle never pulls in
 * another site's code). Each is one small file: a page predicate and init(signal, runtime).
 */
import type { Feature } from "../runtime/feature";
import listSenderBadges from "./list-sender-badges";
import pageCaptureReport from "./page-capture-report";
import threadCaptureButton from "./thread-capture-button";
import threadSenderBadges from "./thread-sender-badges";

export const gmailFeatures: readonly Feature[] = [
	listSenderBadges,
	threadSenderBadges,
	threadCaptureButton,
	pageCaptureReport,
];
