/**
 * Small procedures for the chooser's tests, each built from the procedure tests' fixture through the schema and the
 * chooser's projection, as the page builds them. Names are made up: what matters is each rule.
 */
import { chooserProcedure, type ChooserProcedure } from '../../../src/lib/choose/procedure';
import { procedureSchema } from '../../../src/lib/procedure/schema';
import { procedureInput } from '../procedure/fixture';

const SOURCES = {
	services: { path: 'service/pg/pg-service-list.md', title: '결제대행사별 서비스 목록' },
	risk: { path: 'core-service/how-to-use/high-risk-industry.md', title: '결제대행사 가입시 위험 업종 유형' },
	instant: { path: 'core-service/how-to-use/open-immediately.md', title: '바로오픈 서비스 안내' },
};

/** A procedure: the fixture with `fields` replacing its own and `compare` merged into its comparison. */
export function procedure(slug: string, name: string, kind: string, fields: Record<string, unknown> = {}, compare: Record<string, unknown> = {}): ChooserProcedure {
	const input = procedureInput();
	return chooserProcedure(
		slug,
		procedureSchema.parse({
			...input,
			pg: { name, kind },
			guide: `guides/${slug}-contract`,
			sources: { ...input.sources, ...SOURCES },
			...fields,
			compare: { ...input.compare, fees: [], ...compare },
		}),
	);
}

const method = (name: string, extra: Record<string, unknown> = {}) => ({ method: name, source: 'services', ...extra });
const cardFee = (rate: number, 영세: number) => ({ item: '신용카드', text: `일반 ${rate}%`, method: '카드', rate, tiers: { 영세 }, source: 'pricing' });

/** A card PG with 바로오픈, 제휴 간편결제 for 엑스페이 and 와이페이, 정기결제, 포인트충전 reviewed. */
export const cardA = () =>
	procedure(
		'card-a',
		'카드에이',
		'card',
		{
			plans: [...procedureInput().plans, { id: 'easypay', label: '간편결제', source: 'contract' }],
			methods: [method('카드'), method('계좌이체'), method('정기결제', { text: '빌링 특약이 따로 필요' }), method('간편결제', { brands: ['엑스페이', '와이페이'], text: '상점관리자에서 신청' })],
			businesses: [{ kind: '해외사업자', value: 'no', text: '국내 사업자만', source: 'services' }],
			industries: [{ industry: '포인트충전', text: '업력 2년 이상', source: 'risk' }],
		},
		{
			instantOpen: { value: 'yes', text: '계약완료 즉시 한 달', step: 'instant', source: 'instant' },
			cardReview: { duration: { min: 2, max: 2, unit: '주' }, text: '보통 2주', step: 'review', source: 'contract' },
			appStore: { value: 'not-required', text: '등록 전에도 apk로 심사', source: 'contract' },
			fees: [
				cardFee(3.2, 1.9),
				{ item: '간편결제', text: '카드 수수료와 같음', method: '간편결제', source: 'pricing' },
				{ item: '가입비', text: '20만원', amount: 200000, source: 'pricing' },
			],
		},
	);

/** A card PG without 간편결제 or 바로오픈, with 휴대폰; 개인사업자 on terms; silent on industries. */
export const cardB = () =>
	procedure(
		'card-b',
		'카드비',
		'card',
		{
			methods: [method('카드'), method('휴대폰')],
			businesses: [{ kind: '개인사업자', value: 'conditional', text: '일부 서비스는 법인만', source: 'services' }],
		},
		{
			instantOpen: { value: 'no', text: '바로오픈 대상 아님', source: 'instant' },
			cardReview: { duration: { min: 2, max: 2, unit: '주' }, text: '보통 2주', step: 'review', source: 'contract' },
			appStore: { value: 'not-required', text: '등록 전에도 심사', source: 'contract' },
			fees: [cardFee(3.2, 1.7)],
		},
	);

/** A card PG whose 간편결제 names no brand, that refuses 포인트충전 and 법인사업자, and says nothing of 바로오픈 or apps. */
export const cardC = () =>
	procedure('card-c', '카드씨', 'card', {
		methods: [method('카드'), method('간편결제')],
		businesses: [{ kind: '법인사업자', value: 'no', text: '개인사업자만', source: 'services' }],
		industries: [{ industry: '포인트충전', value: 'no', text: '포인트충전은 받지 않음', source: 'risk' }],
	});

/** The easy-pay PG whose own brand is 엑스페이; its app must be in the stores. */
export const easyX = () =>
	procedure(
		'easy-x',
		'엑스페이',
		'easypay',
		{ methods: [method('간편결제', { brands: ['엑스페이'], text: '엑스페이 결제창' }), method('정기결제', { brands: ['엑스페이'] })] },
		{
			instantOpen: { value: 'no', text: '바로오픈 대상 아님', source: 'instant' },
			appStore: { value: 'required', text: '앱이 스토어에 있어야 심사', source: 'contract' },
			fees: [{ item: '신용카드', text: '일반 3.20%', method: '간편결제', rate: 3.2, tiers: { 영세: 1.7 }, source: 'pricing' }],
		},
	);

/** A foreign-payment PG with no card review: payments start once the merchant's own steps are done. */
export const abroad = () =>
	procedure(
		'abroad',
		'해외페이',
		'overseas',
		{
			methods: [method('해외카드')],
			steps: ['prepare', 'apply', 'signup', 'develop', 'open'].map((id) => ({ id, label: id, section: '계약', actor: '가맹점', source: 'contract' })),
		},
		{
			instantOpen: { value: 'no', text: '바로오픈 대상은 아님', source: 'instant' },
			cardReview: { text: '카드사 심사 단계 없음', step: 'open', source: 'contract' },
		},
	);

/** A card PG whose procedure has none of the chooser's fields yet. */
export const silent = () => procedure('silent', '무언피지', 'card');

export const ALL = () => [cardA(), cardB(), cardC(), easyX(), abroad(), silent()];
