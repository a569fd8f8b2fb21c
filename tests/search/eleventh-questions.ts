import type { SearchCase } from './queries.ts';

const C = (id: string) => `/${id}/`;

/**
 * An eleventh held-out set, 70 queries over the corpus (46 questions, 12 one-jamo typos, 12 English, 70 distinct first
 * pages): written blind on 2026-12-06 (issue 24) by a helper who read only the articles, the built pages' heading ids
 * and the earlier sets' queries (queries.ts, tenth-questions.ts) — no search code, benchmark or result — and committed
 * before any run. Every article had been put first by an earlier set; 60 first pages here are articles that earlier sets
 * put first only once (all 62 such articles but an image-only notice whose one fact was already asked, and a notice
 * that a later one repeats word for word, accepted second here), the other 10 were put first twice.
 * Each query asks for a fact the earlier questions leave alone (an end time, a notice date, a field, an exception, a
 * path), in the reader's words. About a third name one PG, a third a product or feature, a third neither.
 */
export const ELEVENTH_QUESTION_CASES: SearchCase[] = [
	// Questions: what a merchant or their developer types on a phone, in their own words, with endings and question words.
	{
		query: '포트레터로 보낸 의견 포트원에서 실제로 읽어보긴 해요?',
		pages: [C('content100023')],
		section: '포트원에게-해주고-싶으셨던-이야기가-있으신가요',
		kind: 'question',
	},
	{ query: '관리자콘솔에서 결제 취소가 안 되던 23년 7월 장애는 몇 시에 풀렸어요', pages: [C('content100027')], kind: 'question' },
	{ query: '네이버페이 10월 21일 점검 시작 전에 요청한 적립 건은 정상 처리되나요', pages: [C('content100033')], kind: 'question' },
	{ query: '페이코 10월 24일 아침 카드결제 장애 얼마 동안 이어졌어요', pages: [C('content100035')], section: '페이코-추가-공지사항', kind: 'question' },
	{ query: '23년 11월 30일부터 바뀌는 개인정보처리방침 공고는 언제 올라왔어요', pages: [C('content100036')], kind: 'question' },
	{ query: '24년 4월 15일 시행되는 이용약관 개정 공고는 며칠에 났어요', pages: [C('content100041')], kind: 'question' },
	{ query: '고객센터 번호로 이상한 문자 받았는데 그 번호가 포트원 번호는 맞아요?', pages: [C('content100044')], kind: 'question' },
	{ query: '24년 4월 개인정보처리방침 개정에 보호 전담부서 바뀐 것도 있어요?', pages: [C('content100053')], kind: 'question' },
	{
		query: '결제내역 엑셀에 체크카드 기프트카드 구분 나오는 건 언제 업데이트부터예요',
		pages: [C('content100059')],
		section: '기타-수정사항',
		kind: 'question',
	},
	{ query: '24년 9월 약관 개정 때 손해배상 조항도 바뀌었어요?', pages: [C('content200030')], kind: 'question' },
	{ query: '광복절 밤 네이버페이 결제 오류 건은 어디로 문의해야 돼요', pages: [C('content200032')], kind: 'question' },
	{ query: 'KSNET 11월 9일 점심쯤 결제 타임아웃 난 거 몇 시까지였어요', pages: [C('content200040')], kind: 'question' },
	{ query: '포트원 사칭 전화 받고 통화만 했는데 개인정보 새나갈 수 있어요?', pages: [C('content200043'), C('content200001')], kind: 'question' },
	{
		query: '카카오페이 일반결제 쓰다가 정기결제 붙이려면 CID 새로 받아야 해요?',
		pages: [C('core-service/how-to-use/additional-kakaopay')],
		section: '상점아이디-추가-케이스',
		kind: 'question',
	},
	{ query: 'KSNET MID 추가 요청하면 누가 며칠 안에 연락 줘요', pages: [C('core-service/how-to-use/additional-ksnet')], section: '신청-경로', kind: 'question' },
	{
		query: '스마트로 MID 추가는 스마트로에 직접 말해요 포트원에 메일 보내요?',
		pages: [C('core-service/how-to-use/additional-smartro')],
		section: '신청-경로',
		kind: 'question',
	},
	{
		query: '토스페이먼츠를 다른 호스팅사 통해 계약해서 쓰던 MID 포트원에서 그대로 쓸 수 있어요?',
		pages: [C('core-service/how-to-use/additional-tosspayments')],
		section: '상점아이디-추가-케이스',
		kind: 'question',
	},
	{
		query: '스마트로 가입신청서 내면 포트원이 먼저 한 번 검수하고 넘겨요?',
		pages: [C('core-service/how-to-use/smartro-contract')],
		section: '스마트로의-계약-안내',
		kind: 'question',
	},
	{ query: '다날 SMS 본인인증 개발은 어떤 상점정보로 테스트해야 돼요', pages: [C('faq/general-inquiry/content200041')], kind: 'question' },
	{ query: '정산 자동화 API 예제 코드는 개발자센터 어느 탭에 있어요', pages: [C('faq/platform-faq/platform_api_docs')], kind: 'question' },
	{
		query: '정산 받는 사람이 사업자 아니고 개인이어도 파트너로 넣을 수 있어요?',
		pages: [C('faq/platform-faq/platform_definition_partner')],
		kind: 'question',
	},
	{ query: '온라인 강의 사이트도 포트원에서 말하는 플랫폼에 들어가요?', pages: [C('faq/platform-faq/platform_definition_platform')], kind: 'question' },
	{
		query: '파트너 정산에서 중개수수료나 정산 주기는 우리 맘대로 정할 수 있어요?',
		pages: [C('faq/platform-faq/platform_definition_settlement'), C('faq/platform-faq/platform_settlement_cycle_setting')],
		section: '파트너-정산',
		kind: 'question',
	},
	{
		query: '포트원 세금계산서로 업무 줄인 고객 사례 있어요?',
		pages: [C('faq/platform-faq/platform_definition_tax')],
		section: '서비스-이용의-장점',
		kind: 'question',
	},
	{
		query: '하이픈코퍼레이션은 개인정보 재위탁 표에 무슨 업무로 적어요',
		pages: [C('faq/platform-faq/platform_infosec')],
		section: '작성-예시',
		kind: 'question',
	},
	{
		query: '파트너 정산 자동화 쓰면 운영팀이나 재무팀 일이 줄어들어요?',
		pages: [C('faq/platform-faq/platform_introduction')],
		kind: 'question',
	},
	{
		query: '개발 없이 콘솔에서 세금계산서 역발행까지 할 수 있어요?',
		pages: [C('faq/platform-faq/platform_nocode_use'), C('faq/platform-faq/platform_nocode_guide')],
		kind: 'question',
	},
	{
		query: '간이과세자인데 세금계산서 발행하는 파트너는 과세 유형 뭐로 골라요',
		pages: [
			C('faq/platform-faq/platform_partner_tax_type'),
			C('faq/platform-faq/platform_function_partnerbulkupload'),
			C('faq/platform-faq/platform_partner_info_guide'),
		],
		kind: 'question',
	},
	{
		query: '송금대행 도입 문의 남기면 며칠 안에 연락 와요',
		pages: [C('faq/platform-faq/platform_payout_guide')],
		section: '서비스-이용에-관심-있으시다면',
		kind: 'question',
	},
	{
		query: '즉시 이체로 실행하면 돈이 언제부터 나가기 시작해요',
		pages: [C('faq/platform-faq/platform_payoutagency_realtime_payment'), C('faq/platform-faq/platform_payout_guide')],
		kind: 'question',
	},
	{
		query: '정산금 계산식을 엑셀처럼 직접 만들 수 있어요?',
		pages: [C('faq/platform-faq/platform_policymanagement_calculator'), C('faq/platform-faq/platform_settlement_auto_calculation_setting')],
		kind: 'question',
	},
	{
		query: '개인정보처리방침 위탁 표에 (주)더즌은 뭐 하는 곳으로 써요',
		pages: [C('faq/platform-faq/platform_privacypolicy_creation_guide')],
		kind: 'question',
	},
	{
		query: '송금대행 쓰면 파트너 개인정보가 다른 회사로 넘어가요?',
		pages: [C('faq/platform-faq/platform_privacypolicy_service_compliance'), C('faq/platform-faq/platform_infosec')],
		kind: 'question',
	},
	{
		query: '중개수수료 10%에 PG수수료 3.2% 빼는 정산금 식은 어떻게 세워요',
		pages: [C('faq/platform-faq/platform_settlement_auto_calculation_setting'), C('faq/platform-faq/platform_policymanagement_calculator')],
		kind: 'question',
	},
	{
		query: '은행 점검 시간만 아니면 새벽에도 파트너한테 정산금 보낼 수 있어요?',
		pages: [
			C('faq/platform-faq/platform_settlement_holidays'),
			C('faq/platform-faq/platform_payoutagency_realtime_payment'),
			C('faq/platform-faq/platform_payout_guide'),
		],
		kind: 'question',
	},
	{
		query: '정산 상세 조회에는 주문 취소 건이랑 수기 입력 건도 나와요?',
		pages: [C('faq/platform-faq/platform_settlementdetails_view_features')],
		section: '정산-상세-조회',
		kind: 'question',
	},
	{
		query: '수기 정산 API로 만든 정산은 금액을 자동 계산해줘요 아니면 넣은 금액 그대로예요?',
		pages: [C('faq/platform-faq/platform_settlmentandpayout_guide')],
		section: '정산-내역이란',
		kind: 'question',
	},
	{
		query: '원천징수세 처음에 한 번만 설정해두면 매번 계산 안 해도 돼요?',
		pages: [C('faq/platform-faq/platform_tax_calculation'), C('faq/platform-faq/platform_tax_setting_guide')],
		kind: 'question',
	},
	{
		query: '세금계산서 역발행 쓰려면 공급자 담당자 정보까지 다 있어야 돼요?',
		pages: [C('faq/tax-invoice-faq/platform_partnerships'), C('faq/tax-invoice-faq/taxinvoice_guide_atoz')],
		kind: 'question',
	},
	{
		query: '세금계산서 목록에서 정발행이랑 역발행 나눠서 볼 수 있어요?',
		pages: [C('faq/tax-invoice-faq/taxinvoice_forward_issuance'), C('platform-2025-08-21')],
		kind: 'question',
	},
	{
		query: '역발행으로 하면 입점사랑 세금계산서 때문에 연락 주고받는 게 줄어요?',
		pages: [
			C('faq/tax-invoice-faq/taxinvoice_reverse_issuance_definition'),
			C('faq/platform-faq/platform_definition_tax'),
			C('faq/tax-invoice-faq/taxinvoice_guide_atoz'),
		],
		kind: 'question',
	},
	{
		query: '나이스 가입신청서 내면 포트원에서 검토하고 넘겨요 아니면 바로 가요?',
		pages: [C('core-service/how-to-use/nice-contract')],
		section: '나이스정보통신의-계약-안내',
		kind: 'question',
	},
	{ query: 'KCP 카드사 심사 등록은 어디 들어가서 신청해요', pages: [C('core-service/how-to-use/kcp-contract')], kind: 'question' },
	{
		query: 'NHN KCP V2로 SSG페이나 L페이 간편결제도 붙일 수 있어요?',
		pages: [C('content200023')],
		section: '주요-업데이트-사항',
		kind: 'question',
	},
	{ query: '토스페이먼츠 가상계좌 작업 일찍 끝나면 알림 받을 방법 있어요?', pages: [C('notice-tosspayments-2026-01-15')], kind: 'question' },
	{ query: '카카오페이 7월 5일 새벽 작업 몇 시간 걸리고 더 늘어날 수도 있어요?', pages: [C('notice-kakaopay-2025-06-30')], kind: 'question' },
	// One jamo mistyped (ㅔ for ㅐ, a vowel stroke, a final consonant), keyword-style.
	{ query: '2월 13일 결재내역 조회 안 되던 거 조치완료 시각', pages: [C('content100015')], kind: 'typo' },
	{ query: '23년 12월 서비스 이용약관 개정 시행잉', pages: [C('content100037')], kind: 'typo' },
	{ query: '8월 17일 네이버페이 체크카드 결제 장애 시갼', pages: [C('content200033')], kind: 'typo' },
	{ query: '2025년 1월 이용약관 개정 변경내욕', pages: [C('content200045')], kind: 'typo' },
	{ query: '페이코 MID 추가 요청 카드 영중소 구뷴', pages: [C('core-service/how-to-use/additional-payco')], section: '전달-내용', kind: 'typo' },
	{ query: '웰컴페이먼츠 상점아이디 추가 원하는 결제 방싣', pages: [C('core-service/how-to-use/additional-welcome')], section: '전달-내용', kind: 'typo' },
	{ query: '할인 주체 셀러 브랜드 파트너별 정산 기쥰', pages: [C('faq/platform-faq/platform_ecommerce_discount_policy')], kind: 'typo' },
	{ query: '지급 내역 엑셀 다운로르', pages: [C('faq/platform-faq/platform_paymentdetails_definition')], kind: 'typo' },
	{ query: '정산 가상계좌 출금 은행 계좌 금액 입럭', pages: [C('faq/platform-faq/platform_virtual_account_withdrawal')], kind: 'typo' },
	{
		query: '팝빌 회원가입 완료 메일 받는 담당쟈',
		pages: [C('faq/tax-invoice-faq/taxinvoice_reverse_issuance_partner_signup'), C('faq/tax-invoice-faq/taxinvoice_guide_atoz')],
		kind: 'typo',
	},
	{ query: '(구)토스페이먼츠 결제사 정산 조회 재게 일정', pages: [C('recon_issue2')], kind: 'typo' },
	{ query: '일괄 세금계산서 내역 발행 대기 샹태', pages: [C('platform-2025-08-21')], section: '\uFE0F세금계산서-내역-관리', kind: 'typo' },
	// English, as a developer who reads English types it.
	{ query: 'PlatformPartnerSettlementStatus PAYOUT_SCHEDULED payoutScheduled', pages: [C('content200051')], section: 'api-변경사항', kind: 'english' },
	{ query: 'supertoss LSApplicationQueriesSchemes iamport-ios v1.0.0-dev.11', pages: [C('content100047')], kind: 'english' },
	{ query: 'KPN portone v2 billing key escrow virtual account', pages: [C('content100060')], section: '주요-업데이트-사항', kind: 'english' },
	{ query: 'naverpay order api inquiry api suspended emergency drill', pages: [C('content100024')], kind: 'english' },
	{
		query: 'partner custom attribute rename after registration',
		pages: [C('content200038'), C('faq/platform-faq/platform_settlement_custom_attributes')],
		section: '주요-업데이트-사항',
		kind: 'english',
	},
	{
		query: 'partner bulk upload csv currency THB HKD uppercase',
		pages: [C('faq/platform-faq/platform_function_partnerbulkupload'), C('faq/platform-faq/platform_supported_currencies')],
		section: '통화-가이드',
		kind: 'english',
	},
	{
		query: 'sandbox mock virtual account transfer invalid account succeeds',
		pages: [C('faq/platform-faq/system_test_environment'), C('platform-2025-07-07')],
		kind: 'english',
	},
	{
		query: 'partners member-company-connect api bulk disconnect filter',
		pages: [C('platform-2025-2-13')],
		section: '\uFE0F파트너-국세청-연동연동해제-rest-api-제공',
		kind: 'english',
	},
	{ query: 'v2 webhook test payload format console', pages: [C('content100058')], section: '주요-업데이트-사항', kind: 'english' },
	{ query: 'api.iamport.kr legacy cipher suite no longer supported', pages: [C('content100055')], kind: 'english' },
	{ query: 'PlatformBulkPayout totalSettlementAmount field', pages: [C('platform-2025-07-02')], section: '\uFE0Fapi-변경-안내', kind: 'english' },
	{ query: 'partners filter accountStatus businessStatuses', pages: [C('platform-2024-11-07')], section: 'api-변경사항', kind: 'english' },
];
