/**
 * The buyer's local time in the side panel ("14:05 Friday in Chicago · outside business hours"),
 * redrawn each minute. The zone comes from the page's contact (country, phones, the address and
 * signature's city) or the customer record (country, phones).
 */
import { useEffect, useState } from "preact/hooks";
import type { BuyerZone } from "../../../shared/local-time/buyer-zone";
import { localTimeText } from "../../features/parts/local-time-text";

export function BuyerLocalTime({ zone }: { zone: BuyerZone | null }) {
	const [now, setNow] = useState(() => new Date());
	useEffect(() => {
		const timer = setInterval(() => setNow(new Date()), 60_000);
		return () => clearInterval(timer);
	}, []);
	const local = zone ? localTimeText(zone, now) : null;
	if (local === null) return null;
	return (
		<p class={`small local-time${local.offHours ? " warning" : " muted"}`} data-testid="local-time">
			{local.text}
		</p>
	);
}
