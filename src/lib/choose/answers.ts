import type { FeeTier, Industry } from '../procedure/vocabulary';
import type { BUSINESS_OPTIONS, CHOOSER_METHODS, REVENUE_OPTIONS, SELL_OPTIONS } from './questions';

/**
 * A merchant's answers to the chooser, and their place in the page's address (`/choose/?biz=개인사업자&pay=카드…`):
 * the form's field names are the parameters, so a form read as `URLSearchParams` and an address read back give the
 * same answers. Parameter names and values are kept in links merchants send each other: never rename them. The
 * answers each question offers are in questions.ts.
 */

export type Business = (typeof BUSINESS_OPTIONS)[number];
export type Revenue = (typeof REVENUE_OPTIONS)[number];
export type Sell = keyof typeof SELL_OPTIONS;
export type ChooserMethod = (typeof CHOOSER_METHODS)[number];

export interface Answers {
	business?: Business | undefined;
	revenue?: Revenue | undefined;
	sell?: Sell | undefined;
	/** Asked when the merchant sells in an app: false while it is not yet in the app stores. */
	appListed?: boolean | undefined;
	methods: ChooserMethod[];
	/** 간편결제 brands, by the names the procedures use. */
	brands: string[];
	industry?: Industry | undefined;
	/** Payments must be taken before the card review is over. */
	beforeReview: boolean;
	/** Customers abroad pay with cards issued abroad. */
	foreign: boolean;
}

/** The address's parameter for each answer. */
export const PARAMS = {
	business: 'biz',
	revenue: 'rev',
	sell: 'sell',
	appListed: 'store',
	methods: 'pay',
	brands: 'brand',
	industry: 'ind',
	beforeReview: 'early',
	foreign: 'abroad',
} as const satisfies Record<keyof Answers, string>;

/** The value a yes/no answer has in the address. */
export const YES = 'yes';
export const NO = 'no';

export const NO_ANSWERS: Answers = { methods: [], brands: [], beforeReview: false, foreign: false };

/** The fee tier the answers put the merchant in: a business without revenue yet is 일반 until its first tax return. */
export const tierOf = (answers: Pick<Answers, 'revenue'>): FeeTier | undefined => (answers.revenue === '신규' ? '일반' : answers.revenue);

/** Whether the merchant sells in an app that is not yet in the stores. */
export const appNotListed = (answers: Pick<Answers, 'sell' | 'appListed'>) => answers.sell !== undefined && answers.sell !== 'web' && answers.appListed === false;

export const hasAnswers = (answers: Answers) =>
	Object.entries(answers).some(([, value]) => (Array.isArray(value) ? value.length > 0 : value !== undefined && value !== false));

/** The answers each parameter may take, in the order the questions offer them. */
export type OfferedValues = Record<(typeof PARAMS)[keyof typeof PARAMS], readonly string[]>;

/**
 * The answers in an address's parameters, given the answers the questions offer. A value not offered (a mistyped
 * or outdated link) is left out and listed in `ignored` as `parameter=value`, so the page can say so; other
 * parameters are not the chooser's.
 */
export function readAnswers(params: URLSearchParams, offered: OfferedValues): { answers: Answers; ignored: string[] } {
	const ignored: string[] = [];
	const one = <Value extends string>(param: keyof OfferedValues): Value | undefined => {
		let found: Value | undefined;
		for (const value of params.getAll(param)) {
			if (offered[param].includes(value) && found === undefined) found = value as Value;
			else ignored.push(`${param}=${value}`);
		}
		return found;
	};
	const many = <Value extends string>(param: keyof OfferedValues): Value[] => {
		const given = params.getAll(param).flatMap((value) => value.split(',')).filter(Boolean);
		for (const value of given) if (!offered[param].includes(value)) ignored.push(`${param}=${value}`);
		// In the offered order, once each: the same answers give the same address and the same page.
		return offered[param].filter((value) => given.includes(value)) as Value[];
	};
	const store = one(PARAMS.appListed);
	const answers: Answers = {
		business: one(PARAMS.business),
		revenue: one(PARAMS.revenue),
		sell: one(PARAMS.sell),
		appListed: store === undefined ? undefined : store === YES,
		methods: many(PARAMS.methods),
		brands: many(PARAMS.brands),
		industry: one(PARAMS.industry),
		beforeReview: one(PARAMS.beforeReview) === YES,
		foreign: one(PARAMS.foreign) === YES,
	};
	return { answers, ignored };
}

/** The answers as address parameters, in one order, leaving out what was not answered. */
export function answersParams(answers: Answers): URLSearchParams {
	const params = new URLSearchParams();
	const put = (param: string, value: string | undefined) => value !== undefined && params.append(param, value);
	put(PARAMS.business, answers.business);
	put(PARAMS.revenue, answers.revenue);
	put(PARAMS.sell, answers.sell);
	if (answers.sell !== undefined && answers.sell !== 'web') put(PARAMS.appListed, answers.appListed === undefined ? undefined : answers.appListed ? YES : NO);
	for (const method of answers.methods) put(PARAMS.methods, method);
	for (const brand of answers.brands) put(PARAMS.brands, brand);
	put(PARAMS.industry, answers.industry);
	if (answers.beforeReview) put(PARAMS.beforeReview, YES);
	if (answers.foreign) put(PARAMS.foreign, YES);
	return params;
}
