import { describe, expect, it } from "vitest";
import { isAutomatedSender } from "./automated-sender";

describe("isAutomatedSender", () => {
	it.each([
		["feedback@service.alibaba.com", "Alibaba's inquiry notification"],
		["FEEDBACK@Service.Alibaba.com", "any case"],
		[" noreply@acme.com ", "padded"],
		["no-reply@acme.com", "no-reply"],
		["no_reply@acme.com", "no_reply"],
		["donotreply@acme.com", "donotreply"],
		["do-not-reply@acme.com", "do-not-reply"],
		["messages-noreply@bounce.example.org", "noreply inside the local part"],
		["noreply-dmarc-support@google.com", "noreply prefix"],
		["notifications@github.com", "notifications"],
		["notification@acme.com", "notification"],
		["billing.notifications@acme.com", "notifications as a word"],
		["MAILER-DAEMON@googlemail.com", "mailer-daemon"],
		["postmaster@acme.com", "postmaster"],
		["bounce@acme.com", "bounce"],
		["bounces+123-abc@lists.acme.com", "bounces with a tag"],
		["bounce-mc.us5_123.456-j=x.de@mail123.mcsv.net", "a mailing-list bounce address"],
		["alerts@acme.com", "alerts"],
		["newsletter@acme.com", "newsletter"],
		["news@acme.com", "news"],
		["sales@alibaba.com", "a shared platform's own domain"],
		["trade@notice.alibaba.com", "a host under a shared platform"],
		["invitations@linkedin.com", "LinkedIn"],
		["jane@mail.mercadolibre.com.mx", "a platform under a two-label suffix"],
	])("%s is automated (%s)", (email) => {
		expect(isAutomatedSender(email)).toBe(true);
	});

	it.each([
		["m.alfarsi@gulf-trading.ae", "a buyer"],
		["chen.zm@kinghome.com.tw", "a buyer in Taiwan"],
		["info@bauhaus-import.de", "a company's info address is a person's inbox"],
		["sales@acme.com", "sales"],
		["support@acme.com", "support"],
		["feedback@acme.com", "feedback outside a platform's service host"],
		["john.newsom@acme.com", "news only as a whole local part"],
		["alertson@acme.com", "not a word match"],
		["bouncer.team@acme.com", "bouncer is not bounce"],
		["buyer@notalibaba.com", "a domain that only ends like a platform"],
		["someone@gmail.com", "free mail is a person"],
		["not-an-address", "no @"],
		["@alibaba.com", "no local part"],
		["", "empty"],
	])("%s is a person (%s)", (email) => {
		expect(isAutomatedSender(email)).toBe(false);
	});
});
