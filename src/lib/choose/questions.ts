import { FEE_TIERS, INDUSTRIES, type Method } from '../procedure/vocabulary';
import { NO, PARAMS, YES, type OfferedValues } from './answers';

/**
 * The chooser's questions and the answers each offers, as the page's form draws them. Read at build time only: the
 * browser takes the offered answers from the form itself, so that the page's script does not carry these lists.
 */

export const BUSINESS_OPTIONS = ['개인사업자', '법인사업자'] as const;
/** `신규`: no revenue yet, so 일반 until the first tax return. */
export const REVENUE_OPTIONS = ['신규', ...FEE_TIERS] as const;
export const SELL_OPTIONS = { web: '웹', app: '앱', both: '웹과 앱' } as const;
/** The ways of paying asked about one by one; 간편결제 is asked by brand, 해외카드 as the foreign-customer question. */
export const CHOOSER_METHODS = ['카드', '정기결제', '계좌이체', '가상계좌', '휴대폰'] as const satisfies readonly Method[];

/** Every answer the questions offer, by parameter; `brands`: those the procedures carry. */
export const offeredValues = (brands: readonly string[]): OfferedValues => ({
	[PARAMS.business]: BUSINESS_OPTIONS,
	[PARAMS.revenue]: REVENUE_OPTIONS,
	[PARAMS.sell]: Object.keys(SELL_OPTIONS),
	[PARAMS.appListed]: [YES, NO],
	[PARAMS.methods]: CHOOSER_METHODS,
	[PARAMS.brands]: brands,
	[PARAMS.industry]: INDUSTRIES,
	[PARAMS.beforeReview]: [YES],
	[PARAMS.foreign]: [YES],
});
