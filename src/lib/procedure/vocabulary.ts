/**
 * The words every procedure, the checklist, /compare/ and the chooser share: what a merchant can ask a PG for,
 * named once. A procedure says which of them it offers (with its source); nothing here is a fact about a PG.
 * Ids are stored in readers' records and restore links (payment types) or kept in URLs (the chooser's answers):
 * add to the end, never rename or reorder.
 */

/**
 * The payment types a reader follows a checklist for, chosen together (the checklist shows the union of their
 * steps). A PG's plans each map to one or more of them.
 */
export const PAYMENT_TYPES = ['general', 'recurring', 'easypay', 'keyin', 'overseas', 'identity', 'brandpay'] as const;
export type PaymentType = (typeof PAYMENT_TYPES)[number];
export const PAYMENT_TYPE_LABELS: Record<PaymentType, string> = {
	general: '일반결제',
	recurring: '정기결제',
	easypay: '간편결제',
	keyin: '수기결제',
	overseas: '해외결제',
	identity: '본인인증',
	brandpay: '브랜드페이',
};

/** Ways of paying a PG contracts for its merchants (결제수단). */
export const METHODS = ['카드', '계좌이체', '가상계좌', '휴대폰', '해외카드', '정기결제', '간편결제', '상품권'] as const;
export type Method = (typeof METHODS)[number];

/** Who signs the contract: a PG may take only some of them. */
export const BUSINESS_KINDS = ['개인사업자', '법인사업자', '비사업자', '해외사업자'] as const;

/**
 * The risky industries the help center lists (결제대행사 가입시 위험 업종 유형), in its order: a PG not named for one
 * does not review it there.
 */
export const INDUSTRIES = [
	'후원·기부금',
	'헌금',
	'중고물품',
	'중개서비스',
	'사주·운세',
	'구매대행',
	'주류',
	'포인트충전',
	'상품권·기프티콘',
	'게임 아이템',
	'생물',
	'고가 상품',
	'유흥 구인구직',
	'결제금액 임의입력',
	'중고차',
	'의료용품·의약품',
	'행사참가비',
	'장비 렌탈',
	'해외직구',
	'체육시설 이용권',
	'만남주선·데이팅',
	'원격진료',
	'미술품',
	'NFT',
	'공유오피스·임대료',
	'메타버스',
	'랜덤박스',
	'귀금속·골드바',
	'컨설팅',
	'렌트카',
	'의료 시술',
	'전자담배',
	'온라인 광고·마케팅',
	'C2C 플랫폼',
	'비자 발급 대행',
	'휴대폰 유심·개통',
	'여행 플랫폼',
	'보험 대리·중개',
] as const;
export type Industry = (typeof INDUSTRIES)[number];

/**
 * The card-fee tiers by yearly revenue (영중소 우대 수수료), from 영세 to 일반; a new business counts as 일반 until its
 * first tax return.
 */
export const FEE_TIERS = ['영세', '중소1', '중소2', '중소3', '일반'] as const;
export type FeeTier = (typeof FEE_TIERS)[number];

/** The yearly revenue of each tier, as the help center's 영중소 수수료율 기준 (core-service/how-to-use/small-business-commission-fee.md) states it. */
export const FEE_TIER_REVENUE: Record<FeeTier, string> = {
	영세: '3억 원 미만',
	중소1: '3억~5억 원',
	중소2: '5억~10억 원',
	중소3: '10억~30억 원',
	일반: '30억 원 초과',
};
/** The article the tiers come from, named where the chooser asks for revenue. */
export const FEE_TIER_SOURCE = '영중소 수수료율 기준';
