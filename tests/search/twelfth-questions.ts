import type { SearchCase } from './queries.ts';

const C = (id: string) => `/${id}/`;

/**
 * A twelfth held-out set, 70 queries over the corpus (46 questions, 12 one-jamo typos, 12 English, 70 distinct first
 * pages): written blind on 2026-12-07 (issue 24) by a helper who read only the articles, the built pages' heading ids
 * and the earlier sets' queries (queries.ts, tenth-questions.ts, eleventh-questions.ts) — no search code, benchmark or
 * result — and committed before any run. Every article had been put first by an earlier set; the only two put first just
 * once are an image-only notice whose one fact was already asked and a notice that a later one repeats word for word, so
 * all 70 first pages here are articles that earlier sets put first twice. Each query asks for a fact the earlier
 * questions leave alone (a field, a code, a limit, an exception, a date, a path), in the reader's words; where another
 * article answers too it is accepted after the first. About a third name one PG, a third a product or feature, a third
 * neither.
 */
export const TWELFTH_QUESTION_CASES: SearchCase[] = [
	// Questions: what a merchant or their developer types on a phone, in their own words, with endings and question words.
	{ query: '다날 테스트 채널로 계좌이체나 가상계좌 결제도 해볼 수 있어요?', pages: [C('core-service/channel-setting/danal')], section: '테스트-연동', kind: 'question' },
	{ query: '키움페이 실연동 결제 결과 받을 URL은 어디서 등록해요? 취소통지도 켜둬요?', pages: [C('core-service/channel-setting/daou')], section: '설정방법-1', kind: 'question' },
	{ query: '엑심베이 정기결제는 카드 등록할 때 결제가 한 번 꼭 같이 나가야 돼요?', pages: [C('core-service/channel-setting/eximbay')], kind: 'question' },
	{ query: '페이먼트월 정기결제 빌링키 받으면서 같이 결제된 건은 나중에 취소돼요?', pages: [C('core-service/channel-setting/paymentwall')], kind: 'question' },
	{
		query: '스마트로 구모듈로 붙이면 정기결제나 API 수기결제는 못 써요?',
		pages: [C('core-service/channel-setting/smartro'), C('core-service/payment-type/content200052')],
		section: '신모듈-결제창-일반정기결제-및-api-수기정기결제',
		kind: 'question',
	},
	{ query: '다날 본인인증 MID 추가 요청할 때 어떤 요금제 쓸지도 정해서 보내야 돼요?', pages: [C('core-service/how-to-use/additional-danal')], section: '전달-내용', kind: 'question' },
	{
		query: '페이팔 실운영 채널에도 테스트 때 받은 포트원 키 그대로 넣으면 돼요?',
		pages: [C('core-service/how-to-use/paypal-contract'), C('core-service/channel-setting/paypal')],
		section: '포트원-관리자콘솔-채널설정',
		kind: 'question',
	},
	{ query: '네이버페이 결제형 검수 끝나고 오픈할 때 테스트 때 쓰던 상점정보 그대로 써도 돼요?', pages: [C('core-service/how-to-use/naverpay-contract')], section: '검수완료', kind: 'question' },
	{
		query: '나이스 강제 환불 받으려면 환불할 돈을 저희가 따로 입금해야 돼요?',
		pages: [C('faq/payment-faq/payment-failure-nice-insufficient-funds')],
		section: '나이스정보통신-취소금액이-미정산-금액보다-큽니다-안내',
		kind: 'question',
	},
	{ query: '페이팔 SPB로 바꾸면 손님이 나중에 결제하기나 나라별 간편결제도 쓸 수 있어요?', pages: [C('content100020')], kind: 'question' },
	{ query: '나이스 결제사 정산 데이터가 24년 7월에 한동안 안 올라왔는데 언제까지 그랬어요?', pages: [C('content200015')], kind: 'question' },
	{
		query: '이니시스 통합인증으로 본인인증했는데 DI 값이 비어서 와요 왜 그래요?',
		pages: [C('core-service/how-to-use/identity-verification-value')],
		section: '포트원에서-ci-di값-확인하는-방법',
		kind: 'question',
	},
	{
		query: '다날 본인인증으로 전화번호까지 받게 신청하면 적용되는 데 며칠 걸려요?',
		pages: [C('core-service/how-to-use/cellphone-identity-verification')],
		section: '추가정보-수집을-위한-정보전달',
		kind: 'question',
	},
	{ query: '엑심베이는 전화로 물어볼 수 있는 번호가 없어요?', pages: [C('core-service/how-to-use/information-pg')], section: '엑심베이', kind: 'question' },
	{
		query: '나이스 일반결제 MID로 간편결제도 같이 받아요 아니면 MID가 따로 나와요?',
		pages: [C('core-service/payment-type/content200036')],
		section: '나이스정보통신-추가계약-절차',
		kind: 'question',
	},
	{
		query: '토스페이먼츠 정기결제에서 본인인증 빼달라고 하면 바로 빼주나요?',
		pages: [C('core-service/payment-type/schedule-requirement')],
		section: '결제대행사별-인증과정-포함-여부-',
		kind: 'question',
	},
	{ query: '중개 플랫폼은 PG 입점이 까다롭다던데 상담은 어떤 순서로 받아요?', pages: [C('faq/general-inquiry/platform-contract-method')], section: '중개-플랫폼이란', kind: 'question' },
	{
		query: '우커머스 표준 세율 행 추가할 때 국가코드랑 비율 칸엔 뭐 넣어요?',
		pages: [C('faq/payment-faq/wordpress-woocommerce-taxation')],
		section: '1우커머스-설정--일반-메뉴에서-세금-활성화-체크-후-저장-2우커머스-세금--표준-세율-설정',
		kind: 'question',
	},
	{
		query: '송금 예약 이체 시간은 몇 분 단위로 고를 수 있어요?',
		pages: [C('faq/platform-faq/platform_payoutagency_scheduled_payment'), C('admin-console/platform-settlement/partner_settlement_service_guide')],
		kind: 'question',
	},
	{
		query: '파트너한테 줄 지급예상금액은 어떤 금액들을 더해서 나와요?',
		pages: [C('faq/platform-faq/platform_payment_formula_setting'), C('faq/platform-faq/platform_tax_setting_guide')],
		section: '지급금액지급예상금액-원천징수세액',
		kind: 'question',
	},
	{
		query: '파트너 정산 계좌가 새마을금고면 은행 코드는 뭐라고 넣어요?',
		pages: [C('faq/platform-faq/platform_supported_bank_codes'), C('faq/platform-faq/platform_function_partnerbulkupload')],
		kind: 'question',
	},
	{ query: '세금계산서 지연 발행 안 걸리려면 마감일 전까지 콘솔에서 무슨 상태가 돼 있어야 돼요?', pages: [C('faq/tax-invoice-faq/taxinvoice_delayed')], kind: 'question' },
	{ query: '파트너 계약 일괄 변경할 때 계약 아이디 말고 이름으로 찾아서 고를 수 있어요?', pages: [C('admin-console-2025-10-17')], section: '파트너-정산', kind: 'question' },
	{ query: '결제사 정산 통합 조회에서는 PG사 몇 군데 정산 내역까지 볼 수 있어요?', pages: [C('content100022')], section: '주요-업데이트-사항', kind: 'question' },
	{
		query: 'PG사 가입신청 안 하고 테스트 채널만 추가해서 바로 연동해볼 수 있어요?',
		pages: [C('procedure/payment-integration/test-integration')],
		section: '테스트연동-채널설정-방법',
		kind: 'question',
	},
	{ query: 'V2 결제모듈로 본인인증 붙이려면 어느 PG사랑 해야 돼요?', pages: [C('service/version/portone-version'), C('content200049')], section: '결제모듈-v2', kind: 'question' },
	{
		query: 'schedule API로 걸어둔 정기결제가 실패하면 포트원이 알아서 재결제해줘요?',
		pages: [C('core-service/payment-type/content200003')],
		section: 'schedule-api의-처리-순서',
		kind: 'question',
	},
	{ query: '휴대폰 정기결제 한 달 건너뛰면 다음 달에 그냥 이어서 결제하면 돼요?', pages: [C('service/payment-type/payment-type')], section: '정기결제-연동방식', kind: 'question' },
	{
		query: '해외에 있는 파트너한테 외화로 정산금 보내는 것도 포트원에서 돼요?',
		pages: [C('portone-service/portone-service/content50'), C('faq/platform-faq/platform_payout_guide')],
		section: '파트너-정산-자동화',
		kind: 'question',
	},
	{ query: '관리자콘솔 2차 인증 그만 쓰고 아이디 비번으로만 로그인하려면 어떻게 해요?', pages: [C('faq/console-faq/2-depth-auth')], section: '참고사항', kind: 'question' },
	{
		query: 'dev 권한 계정으로 결제내역 수정까지 할 수 있어요?',
		pages: [C('faq/console-faq/add-admin-account'), C('admin-console/console-account/content31')],
		section: '권한별-이용-가능한-기능',
		kind: 'question',
	},
	{ query: '어느 PG랑 결제수단을 쓸지 계약 전에 담당 매니저한테 상담받을 수 있어요?', pages: [C('faq/general-inquiry/portone-advantages')], section: '빠른-계약--맞춤-컨설팅', kind: 'question' },
	{ query: '포트원이랑 개인정보 처리위탁 계약서를 따로 써야 하면 어디로 연락해요?', pages: [C('faq/general-inquiry/portone-security')], section: '개인정보처리위탁-계약-안내', kind: 'question' },
	{ query: '결제내역에서 카드사 승인번호랑 PG 승인번호를 한 칸에서 같이 검색돼요?', pages: [C('api-sdk-2025-05-14')], section: '\uFE0F검색-조건-최적화', kind: 'question' },
	{ query: '예전 아임포트 관리자콘솔 클래식은 이제 주소가 뭐예요?', pages: [C('content100014')], kind: 'question' },
	{ query: '인증결제창 안 뜨던 23년 7월 장애 뒤로 서버 여유 자원은 얼마나 늘렸어요?', pages: [C('content100025')], section: '상세', kind: 'question' },
	{ query: '앱 없이 웹으로만 파는 쇼핑몰도 리브페이 앱스킴 등록해야 돼요?', pages: [C('content100046')], section: '미해당고객', kind: 'question' },
	{ query: '결제 상세 내역 엑셀에서 PG계정 컬럼이 안 보이는데 이름이 바뀐 거예요?', pages: [C('content100057')], section: '주요-업데이트-사항', kind: 'question' },
	{ query: 'iamport.kr 도메인 만료 같은 사고 다시 안 나게 포트원은 뭘 바꾼대요?', pages: [C('content200034')], kind: 'question' },
	{ query: '휴대폰 결제도 부분취소 되는 PG사가 있긴 해요?', pages: [C('core-service/how-to-use/impossible-partial-cancel')], section: '참고사항', kind: 'question' },
	{
		query: '호스팅사 쇼핑몰 쓰다가 홈페이지 직접 만들어서 포트원 붙이면 쓰던 MID 그대로 써요?',
		pages: [C('core-service/how-to-use/other-hosting-company'), C('procedure/service-addition/add-service')],
		section: '홈페이지-자체-개발-예정인-경우',
		kind: 'question',
	},
	{ query: '포인트 충전하는 서비스인데 정기결제 방식으로도 카드사 심사 받을 수 있어요?', pages: [C('core-service/how-to-use/point-service')], section: '심사-적용-기준', kind: 'question' },
	{ query: 'V1 API 응답에 sandbox 필드 추가되는 건 언제부터 적용돼요?', pages: [C('notice-v1-api-2025-11-24'), C('notice-v1-api-2025-11-25')], kind: 'question' },
	{ query: 'V1 결제 단건조회에서 테스트 결제 빠지는 거 복수조회 API도 똑같이 바뀌어요?', pages: [C('notice-v1-api-2025-11-25')], kind: 'question' },
	{ query: '전에 전자결제 신청한 적 있으면 사업자등록증 또 올려야 돼요?', pages: [C('procedure/pg-application/start')], section: '전자결제-신청-메뉴-접속', kind: 'question' },
	{ query: '콘솔 홈 대시보드 임시 데이터로 보면 제가 테스트 결제한 내역이 나오는 거예요?', pages: [C('admin-console/console_home/content34')], section: '홈', kind: 'question' },
	// One jamo or syllable mistyped (a vowel stroke, ㅔ for ㅐ, a final consonant), keyword-style.
	{ query: '스마일페이 테스트 연동 상점아이디 선텍', pages: [C('core-service/channel-setting/smilepay')], section: '설정방법', kind: 'typo' },
	{ query: '이지페이 실연동 상점아이디 IM 시작 갑', pages: [C('core-service/channel-setting/kicc')], section: '설정방법-1', kind: 'typo' },
	{ query: '파트너 정보 상세에서 태그 수졍', pages: [C('faq/platform-faq/platform_partner_management_tags')], kind: 'typo' },
	{ query: '파트너 정산 테스트 환경 분리 기존 데이터 복졔', pages: [C('platform-2025-10-02')], section: '주요-변경-사항', kind: 'typo' },
	{ query: '통합 결제 내역 필터 항목별 전체 선택 기눙', pages: [C('api-sdk-2024-12-19')], section: '주요-업데이트-사항', kind: 'typo' },
	{ query: '정산 내역 관리 엑셀 다운로드 파트너 과세 유횽', pages: [C('content200024')], section: '개선-사항', kind: 'typo' },
	{ query: '관리자콘솔 좌측 메뉴 하단 전자결재 신청', pages: [C('content200048')], section: '주요-업데이트-사항', kind: 'typo' },
	{ query: '이니시스 해외카드 결제창 지원 언여', pages: [C('core-service/payment-type/inicis-international')], section: 'kg이니시스의-해외-카드-결제-서비스-이용안내', kind: 'typo' },
	{ query: '결제사 정산 4월 데이터 조회 불가 정상 제공 일쟝', pages: [C('recon_issue1')], kind: 'typo' },
	{ query: '추석 연휴 이메일 톡 상담 답변 시쟉일', pages: [C('holidays')], section: '--추석-연휴-고객센터-운영-안내', kind: 'typo' },
	{ query: '웰컴페이먼츠 테스트 결제 실제 출굼', pages: [C('core-service/channel-setting/welcome')], section: '테스트-연동', kind: 'typo' },
	{ query: '가상계좌 이체내역 실패 건 표싀', pages: [C('platform-2025-05-14')], section: '접근-제약-사항', kind: 'typo' },
	// English, as a developer who reads English types it.
	{ query: 'KPN Secret OPT Passkey live channel setting', pages: [C('core-service/channel-setting/kpn')], section: '설정방법-1', kind: 'english' },
	{
		query: 'payletter payMethod not supported bypass payletter_global pginfo',
		pages: [C('core-service/channel-setting/payletter')],
		section: '설정방법-1',
		kind: 'english',
	},
	{ query: 'IMP.agency tier code sub-merchant payment request', pages: [C('faq/console-faq/sub-store-mgnt')], section: '연동시-참고사항', kind: 'english' },
	{ query: 'partner create accountVerificationId skip account verification', pages: [C('content200017')], section: '주요-업데이트-사항', kind: 'english' },
	{ query: 'bulk payout history multi-query api added', pages: [C('content200039')], section: '주요-업데이트-사항', kind: 'english' },
	{ query: 'Shinhan Super SOL Android package name AndroidManifest', pages: [C('content51')], kind: 'english' },
	{
		query: 'identity verification birthday format YYYY-MM-DD',
		pages: [C('core-service/how-to-use/identity-verification-age-restriction')],
		section: '본인인증-정보-조회-api의-응답에-포함된-birthday-파라미터를-제공합니다',
		kind: 'english',
	},
	{
		query: 'PlatformPartnerFilterInput taxationTypes memberCompanyConnectionStatuses',
		pages: [C('platform-2024-11-25')],
		section: 'api-변경사항',
		kind: 'english',
	},
	{
		query: 'payout filter settlementStatementStatuses settlement statement status',
		pages: [C('platform-2025-08-13')],
		section: '지급-내역-필터-platformpayoutfilterinput-옵션-추가',
		kind: 'english',
	},
	{ query: 'confirm_url timeout 5 seconds payment aborted', pages: [C('faq/general-inquiry/confirm-process')], section: '연동-방식', kind: 'english' },
	{
		query: 'smart routing super billing key all PGs in group',
		pages: [C('content200019'), C('pricing/portone/portone-pricing'), C('faq/general-inquiry/content200031')],
		section: '스마트-라우팅이란',
		kind: 'english',
	},
	{
		query: 'inicis mixed taxation MID tax_free omitted whole amount tax free',
		pages: [C('core-service/how-to-use/inicis-vat')],
		section: '3-상점아이디mid를-복합과세로-설정--파라미터-값에-따라-처리',
		kind: 'english',
	},
];
