import { durationText } from './duration';
import { FEATURES, type CompareData, type Duration, type ProcedureData, type ProcedureFee, type ProcedureStep } from './schema';
import { daysText, paymentTimeline, soonText, type Timeline, type TimelinePath } from './timeline';
import { METHODS, type Method } from './vocabulary';

/**
 * A procedure's row of the comparison (/compare/): first the few values a merchant decides by, each in a word or
 * two, then every column in the procedure's own words with the article it comes from and the day it was checked.
 * A column the procedure leaves out says so rather than guessing.
 */

/** The deciding values, in the order a card on a phone shows them. */
export const SUMMARY_COLUMNS = [
	{ key: 'firstPayment', label: '첫 실결제까지' },
	{ key: 'instantOpen', label: '바로오픈' },
	{ key: 'recurring', label: '정기결제' },
	{ key: 'easypay', label: '간편결제' },
	{ key: 'app', label: '앱' },
	{ key: 'cardFee', label: '카드 수수료' },
] as const;
export type SummaryKey = (typeof SUMMARY_COLUMNS)[number]['key'];

/** The columns shown on demand, in the procedure's words. */
export const COMPARE_COLUMNS = [
	{ key: 'application', label: '신청서 처리' },
	{ key: 'extraSignup', label: '추가 가입' },
	{ key: 'contractMail', label: '계약 안내 메일' },
	{ key: 'midIssued', label: '쓸 수 있는 MID' },
	{ key: 'cardReview', label: '카드사 심사' },
	{ key: 'instantOpen', label: '바로오픈' },
	{ key: 'recurring', label: '정기결제' },
	{ key: 'appStore', label: '앱마켓 등록' },
	{ key: 'documents', label: '특별한 서류·전달' },
] as const satisfies readonly { key: Exclude<keyof CompareData, 'features' | 'fees'>; label: string }[];

const VALUE_LABELS: Record<string, string> = {
	reviewed: '포트원 1차 검수 후 전달',
	forwarded: '곧바로 전달',
	required: '필요',
	none: '없음',
	'not-required': '필요 없음',
	'at-contract': '계약완료 때',
	'after-review': '심사가 끝난 뒤',
	yes: '가능',
	conditional: '조건부',
	no: '안 됨',
	unknown: '안내 없음',
};

/** The app column in a word: whether the app must be in a store before the PG reviews it. */
const APP_LABELS: Record<NonNullable<CompareData['appStore']>['value'], string> = {
	required: '스토어 등록 뒤',
	'not-required': '등록 전 가능',
	unknown: '등록 안내 없음',
};

/** Ascii names for the filters' form fields and CSS hooks. */
export const FEATURE_KEYS: Record<(typeof FEATURES)[number], string> = {
	정기결제: 'recurring',
	간편결제: 'easypay',
	해외결제: 'overseas',
	본인인증: 'identity',
	앱결제: 'app',
};

export const PG_KIND_LABELS: Record<ProcedureData['pg']['kind'], string> = { card: '카드 PG', easypay: '간편결제', overseas: '해외결제' };

/** Where a fact comes from, as a reader is shown it: the article's title and the day it was checked. */
export interface Source {
	title: string;
	/** YYYY-MM-DD. */
	checked: string;
}

export interface SummaryCell {
	key: SummaryKey;
	column: string;
	/** A word or two: `2주 이상`, `가능`, `3.2%`. */
	value: string;
	/** A short line under it: the 바로오픈 wait, the smallest merchants' rate. */
	note?: string | undefined;
	/** The easy-pay brands, for the 간편결제 column. */
	brands?: string[] | undefined;
	/** False when the help center says nothing, so the value is only "안내 없음". */
	known: boolean;
}

export interface CompareCell {
	key: string;
	column: string;
	/** The short answer (`가능`, `2~3영업일`), when there is one. */
	value?: string | undefined;
	/** The procedure's own words; absent when the help center says nothing about it. */
	text?: string | undefined;
	source?: Source | undefined;
	/** The heading id in the guide of the step the fact belongs to. */
	section?: string | undefined;
}

export interface CompareFee {
	item: string;
	text: string;
	negotiated: boolean;
	source: Source;
}

export interface Wait {
	step: Pick<ProcedureStep, 'id' | 'label' | 'section'>;
	/** Absent when the help center does not say how long the wait is. */
	duration?: Duration | undefined;
}

export interface CompareRow {
	pg: string;
	kind: string;
	features: (typeof FEATURES)[number][];
	summary: SummaryCell[];
	/** The waits counted for 첫 실결제까지 (일반결제, without 바로오픈), each with its guide section. */
	waits: Wait[];
	cells: CompareCell[];
	fees: CompareFee[];
}

/**
 * The fee a merchant compares first: the card fee (an easy-pay PG's card payments, an overseas PG's foreign cards
 * when it takes no domestic card).
 */
export function mainCardFee(fees: readonly ProcedureFee[]): ProcedureFee | undefined {
	return (
		fees.find((fee) => fee.method === '카드') ??
		fees.find((fee) => fee.method === '간편결제' && fee.item.includes('신용카드')) ??
		fees.find((fee) => fee.method === '해외카드')
	);
}

function summaryOf(procedure: ProcedureData, timeline: Timeline): SummaryCell[] {
	const { compare } = procedure;
	const easypay = procedure.methods.find((method) => method.method === '간편결제');
	const brands = easypay?.brands ?? [];
	const fee = mainCardFee(compare.fees);
	const tier = fee?.tiers?.영세;
	const hasApp = compare.features.includes('앱결제');
	const values: Record<SummaryKey, Omit<SummaryCell, 'key' | 'column'>> = {
		firstPayment: firstPaymentCell(timeline),
		instantOpen: { value: VALUE_LABELS[compare.instantOpen?.value ?? 'unknown']!, known: !!compare.instantOpen && compare.instantOpen.value !== 'unknown' },
		recurring: compare.features.includes('정기결제') ? { value: '가능', known: true } : { value: '지원 안내 없음', known: false },
		easypay: !easypay
			? { value: '지원 안내 없음', known: false }
			: brands.length > 2
				? { value: `${brands.length}종`, brands, known: true }
				: { value: brands.length > 0 ? brands.join(' · ') : '가능', known: true },
		app: compare.appStore
			? { value: APP_LABELS[compare.appStore.value], known: compare.appStore.value !== 'unknown' }
			: { value: hasApp ? '가능' : '안내 없음', known: hasApp },
		cardFee: fee
			? { value: fee.rate !== undefined ? `${fee.rate}%` : fee.text, note: tier !== undefined ? `영세 ${tier}%` : undefined, known: true }
			: { value: '안내 없음', known: false },
	};
	return SUMMARY_COLUMNS.map(({ key, label }) => ({ key, column: label, ...values[key] }));
}

/**
 * 첫 실결제까지 in a table cell: the stated waits in days, `+α` when a wait's length is not stated (the page's legend
 * says so, and 자세히 lists each wait), and the 바로오픈 path beneath.
 */
function firstPaymentCell({ all, first, instantOpen }: Timeline): Omit<SummaryCell, 'key' | 'column'> {
	const stated = all.waits.length > 0;
	const value = stated ? `${daysText(all.days)}${all.unstated.length > 0 ? '+α' : ''}` : soonText(all);
	return { value, note: instantOpen ? `바로오픈이면 ${soonText(first)}` : undefined, known: stated };
}

export function compareRow(procedure: ProcedureData): CompareRow {
	const { compare } = procedure;
	// 일반결제, as a merchant comparing PGs starts with it; the chooser counts the types a merchant picks.
	const timeline = paymentTimeline(procedure, ['general']);
	const sourceOf = (fact: { source: string; checked?: string | undefined }): Source => ({
		title: procedure.sources[fact.source]!.title,
		checked: fact.checked ?? procedure.checked,
	});
	const cells = COMPARE_COLUMNS.map(({ key, label }): CompareCell => {
		const fact = compare[key];
		if (!fact) return { key, column: label };
		const value = 'value' in fact ? VALUE_LABELS[fact.value] : 'duration' in fact && fact.duration ? durationText(fact.duration) : undefined;
		const step = 'step' in fact && fact.step ? procedure.steps.find((candidate) => candidate.id === fact.step) : undefined;
		return { key, column: label, value, text: fact.text, source: sourceOf(fact), section: step?.section };
	});
	return {
		pg: procedure.pg.name,
		kind: PG_KIND_LABELS[procedure.pg.kind],
		features: FEATURES.filter((feature) => compare.features.includes(feature)),
		summary: summaryOf(procedure, timeline),
		waits: waitsOf(procedure, timeline.all),
		cells,
		fees: compare.fees.map((fee) => ({ item: fee.item, text: fee.text, negotiated: fee.negotiated, source: sourceOf(fee) })),
	};
}

/**
 * The ways of paying whose fees /compare/ lists for at least one PG, in the vocabulary's order: its intro names them,
 * so a reader (and the search) knows the table holds 휴대폰 or 해외카드 fees before opening a row.
 */
export function feeMethods(procedures: readonly Pick<ProcedureData, 'compare'>[]): Method[] {
	return METHODS.filter((method) => procedures.some(({ compare }) => compare.fees.some((fee) => fee.method === method)));
}

/** The steps waited for on `path`, in step order, with the guide section each is in. */
function waitsOf(procedure: ProcedureData, path: TimelinePath): Wait[] {
	const counted = new Set([...path.waits, ...path.unstated].map((step) => step.id));
	return procedure.steps
		.filter((step) => counted.has(step.id))
		.map((step) => ({ step: { id: step.id, label: step.label, section: step.section }, duration: step.duration }));
}
