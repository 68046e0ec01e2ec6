export { isAutomatedSender } from "./automated-sender";
export { companyNameKey } from "./company-name";
export { countryCode, countryName } from "./country";
export { plainName } from "./display-text";
export { emailDomain, normalizeEmail } from "./email";
export { isFreeMailDomain } from "./free-mail";

export { normalizePhone, phoneCountry } from "./phone";
export { registrableDomain } from "./registrable-domain";
export { isSharedPlatformDomain } from "./shared-platform-domains";
