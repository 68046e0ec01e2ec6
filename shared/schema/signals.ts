import { z } from "zod";
import { buyerTypeSchema, companySizeSchema } from "./common";

/** Inquiry quality signals: specific inquiries raise potential value, bare catalogue requests lower it. */
export const inquirySignalsSchema = z.object({
	quantity: z.number().nonnegative().optional(),
	quantityUnit: z.string().max(50).optional(),
	targetPrice: z.number().nonnegative().optional(),
	targetPriceCurrency: z.string().max(3).optional(),
	hasSpecifications: z.boolean().optional(),
	incoterm: z.string().max(10).optional(),
	sampleRequest: z.boolean().optional(),
	genericRequest: z.boolean().optional(),
	destinationCountry: z.string().max(2).optional(),
	/** The named port or place of the incoterm ("Ningbo", "深圳"). */
	port: z.string().max(60).optional(),
	/** When the buyer wants the goods, YYYY-MM-DD. */
	deliveryBy: z.iso.date().optional(),
});
export type InquirySignals = z.infer<typeof inquirySignalsSchema>;

/** Trade-platform buyer signals (Alibaba.com and similar). */
export const platformSignalsSchema = z.object({
	verifiedBuyer: z.boolean().optional(),
	yearsRegistered: z.number().nonnegative().max(100).optional(),
	inquiriesPosted: z.number().int().nonnegative().optional(),
	rfqsPosted: z.number().int().nonnegative().optional(),
	emailConfirmed: z.boolean().optional(),
	experiencedBuyer: z.boolean().optional(),
	completesOrdersViaPlatform: z.boolean().optional(),
	// Added for Alibaba's own buyer signals (issue 15); all optional, read as the platform shows them.
	typicallyReplies: z.boolean().optional(),
	interactiveUser: z.boolean().optional(),
	/** The platform's buyer level as shown ("L1+", "L3"). */
	level: z.string().max(20).optional(),
	loginDays: z.number().int().nonnegative().optional(),
	productViews: z.number().int().nonnegative().optional(),
	repliedInquiries: z.number().int().nonnegative().optional(),
	/** Inquiries of this buyer that suppliers marked as spam; times suppliers blacklisted them. */
	spamInquiries: z.number().int().nonnegative().optional(),
	blacklistedBy: z.number().int().nonnegative().optional(),
	businessTypes: z.array(z.string().max(100)).max(20).optional(),
	preferredIndustries: z.array(z.string().max(100)).max(20).optional(),
	/** Trade Assurance orders with this seller and their total (USD), from the seller's own platform record. */
	tradeAssuranceOrders: z.number().int().nonnegative().optional(),
	tradeAssuranceAmount: z.number().nonnegative().optional(),
	tradeAssuranceDaysSinceLastOrder: z.number().int().nonnegative().optional(),
});
export type PlatformSignals = z.infer<typeof platformSignalsSchema>;

export const companySignalsSchema = z.object({
	buyerType: buyerTypeSchema.optional(),
	size: companySizeSchema.optional(),
	website: z.string().max(300).optional(),
	/** ISO 3166-1 alpha-2. */
	country: z.string().length(2).optional(),
	corporateDomain: z.boolean().optional(),
});
export type CompanySignals = z.infer<typeof companySignalsSchema>;

export const captureSignalsSchema = z.object({
	inquiry: inquirySignalsSchema.optional(),
	platform: platformSignalsSchema.optional(),
});
export type CaptureSignals = z.infer<typeof captureSignalsSchema>;
