import { durationText } from './duration';
import { FEATURES, type CompareData, type ProcedureData } from './schema';

/**
 * A procedure's row of the comparison (/compare/): each column in words, with the article it comes from and the day
 * it was checked. A column the procedure leaves out says so rather than guessing.
 */

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

/** Ascii names for the filters' form fields and CSS hooks. */
export const FEATURE_KEYS: Record<(typeof FEATURES)[number], string> = {
	정기결제: 'recurring',
	간편결제: 'easypay',
	해외결제: 'overseas',
	본인인증: 'identity',
	앱결제: 'app',
};

export const PG_KIND_LABELS: Record<ProcedureData['pg']['kind'], string> = { card: '카드 PG', easypay: '간편결제', overseas: '해외결제' };

export interface Source {
	title: string;
	/** Relative to the help-center corpus folder. */
	path: string;
	/** YYYY-MM-DD. */
	checked: string;
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

export interface CompareRow {
	pg: string;
	kind: string;
	features: (typeof FEATURES)[number][];
	cells: CompareCell[];
	fees: CompareFee[];
}

export function compareRow(procedure: ProcedureData): CompareRow {
	const { compare } = procedure;
	const sourceOf = (fact: { source: string; checked?: string | undefined }): Source => ({
		...procedure.sources[fact.source]!,
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
		cells,
		fees: compare.fees.map((fee) => ({ item: fee.item, text: fee.text, negotiated: fee.negotiated, source: sourceOf(fee) })),
	};
}
