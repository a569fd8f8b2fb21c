import type { FeeTier, Method } from '../procedure/vocabulary';
import type { ChooserProcedure } from './procedure';

/**
 * The fees a merchant would pay, as the chooser shows them: a tiered card fee at the merchant's 영중소 tier when the
 * revenue answer gives one, else the article's own words. Numbers only where the procedure has them.
 */

export interface FeeLine {
	item: string;
	text: string;
	/** True when `text` is just a rate (short enough for a headline). */
	rated: boolean;
	/** The article's title. */
	source: string;
}

type Fee = ChooserProcedure['compare']['fees'][number];

/**
 * @example percent(1.9) // '1.90%'
 */
export const percent = (rate: number) => `${rate.toFixed(2)}%`;

/**
 * A fee at `tier`: a fee with 영중소 rates gives the tier's rate beside the general one (`영세 1.90% (일반 3.20%)`),
 * or the general rate at 일반; any other fee, and a tier the fee gives no rate for, keeps the article's words.
 */
export function feeText(fee: Omit<Fee, 'source'>, tier: FeeTier | undefined): string {
	const tiered = tieredRate(fee, tier);
	const text = tiered === undefined ? fee.text : tier === '일반' ? `일반 ${percent(tiered)}` : `${tier} ${percent(tiered)}${fee.rate === undefined ? '' : ` (일반 ${percent(fee.rate)})`}`;
	return fee.negotiated && !text.includes('협의') ? `${text} (가맹점별 협의)` : text;
}

/** A fee's rate at `tier`, when it has 영중소 rates and the tier has one. */
const tieredRate = (fee: Omit<Fee, 'source'>, tier: FeeTier | undefined) => (fee.tiers && tier ? (tier === '일반' ? fee.rate : fee.tiers[tier]) : undefined);

/**
 * The fees of `procedure` for the ways of paying in `methods`, in the procedure's order, and the rest apart (the
 * contract's own fees, such as 가입비, and other ways of paying). `missing`: asked-for ways the procedure states
 * no fee for.
 */
export function feesFor(procedure: ChooserProcedure, methods: readonly Method[], tier: FeeTier | undefined): { fees: FeeLine[]; other: FeeLine[]; missing: Method[] } {
	const line = (fee: Fee): FeeLine => ({
		item: fee.item,
		text: feeText(fee, tier),
		rated: tieredRate(fee, tier) !== undefined || (fee.rate !== undefined && fee.text === percent(fee.rate)),
		source: procedure.sources[fee.source] ?? fee.source,
	});
	const { fees } = procedure.compare;
	const asked = (fee: Fee) => fee.method !== undefined && methods.includes(fee.method);
	return {
		fees: fees.filter(asked).map(line),
		other: fees.filter((fee) => !asked(fee)).map(line),
		missing: methods.filter((method) => !fees.some((fee) => fee.method === method)),
	};
}

/** The way of paying a PG is mostly chosen for, for its fee when no way of paying is asked about: its card fee, else its easy-pay or foreign-card fee. */
export function mainMethod(procedure: ChooserProcedure): Method | undefined {
	return (['카드', '간편결제', '해외카드'] as const).find((method) => procedure.compare.fees.some((fee) => fee.method === method));
}
