import type { SearchCase } from './queries.ts';
/**
 * A sixth set of questions over this site's own pages, as a merchant or their developer types them on a phone: everyday
 * words and endings, spacing slips, five typos, four Latin PG names, six short keyword queries. Written blind on 2026-12-07
 * by a helper (branch `siteq6`) from the pages alone (content/docs/guides/*.mdx, content/glossary.yaml,
 * content/procedures/*.yaml, /choose/, /compare/ and /glossary/ as their sources render them), without reading the search
 * code or the other query sets and without running a search; the five earlier blind sets (site-questions.ts to
 * site-questions-5.ts) were read only so that no question here repeats one of theirs, and to ask about the sections they
 * asked little or nothing about. The first part names no PG: its answer is a page about no single PG (a glossary entry,
 * the general guides, /choose/ or /compare/). The second part names one PG, by any name a merchant uses for it, and is
 * answered by that PG's guide and the section that holds the answer.
 */
export const SITE_QUESTION_CASES_6: SearchCase[] = [
	// No PG named: what a term means, or what it implies (the glossary entry first).
	{
		query: '포트원 1차 검수 거치면 계약이 더 늦어지나요',
		pages: ['/glossary/', '/guides/ksnet-contract/', '/guides/kiwoompay-contract/', '/guides/smartro-contract/', '/guides/welcome-contract/'],
		section: 'portone-check',
		kind: 'question',
	},
	{ query: '보증보험 왜 들어야되요', pages: ['/glossary/', '/guides/contract-documents/'], section: 'guarantee-insurance', kind: 'question' },
	{ query: 'PG 상점관리자 페이지에서는 뭘 해요', pages: ['/glossary/'], section: 'merchant-admin', kind: 'question' },
	{ query: '구모둘 쓰면 안 되는 결제수단 있어요?', pages: ['/glossary/'], section: 'pg-module', kind: 'typo' },
	{ query: '원천사 심사는 계약 끝난 다음에 받는 거예요?', pages: ['/glossary/'], section: 'source-company', kind: 'question' },
	{ query: 'PG 입점심사는 누가 보는 거예요', pages: ['/glossary/', '/guides/service-requirements/'], section: 'onboarding-review', kind: 'question' },
	{ query: '정기결제는 pg마다 따로 약정이나 심사가 있어요?', pages: ['/glossary/'], section: 'recurring', kind: 'question' },
	{
		query: '결제창 방식이면 결제 화면 직접 안 만들어도 돼요?',
		pages: ['/glossary/', '/guides/pg-application/', '/guides/kg-inicis-channel-setup/'],
		section: 'payment-window',
		kind: 'question',
	},
	{ query: '배송 없는 콘텐츠 상품도 에스크로 해야 돼요?', pages: ['/glossary/'], section: 'escrow', kind: 'question' },
	{ query: '전화 주문 받고 카드번호 입력해서 결재할 수 있나요', pages: ['/glossary/'], section: 'billing-keyin', kind: 'typo' },
	{ query: '가맹점 번호가 뭐예요', pages: ['/glossary/'], section: 'mid', kind: 'question' },
	{ query: '포트원 V2가 새로 나온 거예요?', pages: ['/glossary/', '/guides/kg-inicis-channel-setup/'], section: 'portone-version', kind: 'question' },

	// No PG named: applying, documents, what the site needs (the general guides).
	{ query: 'PG사 홈페이지에서 바로 가입신청해도 돼요?', pages: ['/guides/pg-application/', '/glossary/'], kind: 'question' },
	{
		query: '신청서에 적는 서비스 주소로 pg사가 직접 들어가 봐요?',
		pages: ['/guides/pg-application/', '/guides/service-requirements/'],
		section: '신청-전에-준비할-것',
		kind: 'question',
	},
	{ query: '담당자 이메일 잘못 적었어요 어디서 고쳐요', pages: ['/guides/pg-application/'], section: '4-최종-확인-후-제출', kind: 'question' },
	{ query: '계약 진행 순서', pages: ['/guides/pg-application/', '/compare/'], section: '신청한-다음에는', kind: 'phrase' },
	{
		query: '계약 끝났는데 왜 실결제가 안 돼요',
		pages: ['/guides/contract-documents/', '/glossary/', '/guides/service-requirements/'],
		section: '서류를-낸-다음에는',
		kind: 'question',
	},
	{ query: '심사할 때 환불 정책도 보나요', pages: ['/guides/service-requirements/'], section: '두-번의-심사를-받습니다', kind: 'question' },
	{ query: 'SMS 본인인증만 쓰는데 사이트에 뭘 갖춰야 돼요', pages: ['/guides/service-requirements/'], section: '6-앱-서비스라면', kind: 'question' },
	{ query: '통신판매업 번호 없으면 심사 못 받아요?', pages: ['/guides/service-requirements/'], section: '2-사업자-정보-표시', kind: 'question' },
	{
		query: '결제창에 카드사 목록 다 안 보이면 심사 떨어져요?',
		pages: ['/guides/service-requirements/'],
		section: '5-카드사-심사에서-보는-것',
		kind: 'question',
	},

	// No PG named: which PG (the chooser and the comparison).
	{ query: '반려동물 분양하는데 받아주는 pg 있나요', pages: ['/choose/'], kind: 'question' },
	{ query: 'NFT 결제대행사', pages: ['/choose/', '/guides/danal-contract/'], kind: 'exact' },
	{ query: '해외직구 쇼핑몰 받아주는 결제대행사 있어요?', pages: ['/choose/'], kind: 'question' },
	{ query: '해외카드 수수료 pg마다 얼마예요', pages: ['/compare/', '/choose/'], kind: 'question' },
	{ query: '결제대행사마다 가입비 얼마인지 한번에 보고 싶어요', pages: ['/compare/', '/choose/'], kind: 'question' },

	// One PG named: that PG's procedure.
	{ query: '다날이랑 원래 계약한 CPID 포트원에서 써도 되나요', pages: ['/guides/danal-contract/'], section: '이미-다날과-계약했다면', kind: 'question' },
	{ query: 'eximbay 상점아이디 추가로 받으려면요', pages: ['/guides/eximbay-contract/'], section: '상점아이디를-더-받으려면', kind: 'latin' },
	{ query: '갤럭시아 고가 상품 팔면 보증보험 더 들어요?', pages: ['/guides/galaxia-contract/'], section: '서류-제출과-보증보험', kind: 'question' },
	{ query: '헥토 심사현황 조회', pages: ['/guides/hecto-contract/'], section: '카드사-심사', kind: 'phrase' },
	{ query: '카카오페이 가입비 잇어요?', pages: ['/guides/kakaopay-contract/'], section: '수수료', kind: 'typo' },
	{ query: 'KG파이낸셜 테스트 결제하면 진짜 돈 빠져요?', pages: ['/guides/kg-financial-contract/'], section: '테스트-채널-설정', kind: 'question' },
	{ query: '이니시스 서비스 오픈 전 확인사항', pages: ['/guides/kg-inicis-channel-setup/'], section: '서비스를-열기-전에', kind: 'phrase' },
	{ query: '이지페이 위쳇페이 수수료', pages: ['/guides/kicc-contract/'], section: '수수료', kind: 'typo' },
	{ query: '키움페이로 휴대폰결제도 받을 수 있나요', pages: ['/guides/kiwoompay-contract/'], section: '수수료', kind: 'question' },
	{ query: 'KPN 카드사 심사 어디까지 됐는지 어디에 물어봐요', pages: ['/guides/kpn-contract/'], section: '카드사-심사', kind: 'latin' },
	{ query: 'KSNET 휴대폰결제 하루 한도 있나요', pages: ['/guides/ksnet-contract/'], section: '신청-전-준비', kind: 'latin' },
	{
		query: '네이버페이 주문형 포트원에서 신청만 하면 끝인가요',
		pages: ['/guides/naverpay-order-contract/'],
		section: '상점관리자페이지-접수',
		kind: 'question',
	},
	{ query: '네이버페이 결제형 Client ID 언제 받아요', pages: ['/guides/naverpay-payment-contract/'], section: '1차-심사', kind: 'question' },
	{ query: '네이버패이 결제형 검수 몇 주 걸려요', pages: ['/guides/naverpay-payment-contract/'], section: '검수와-카드사-심사', kind: 'typo' },
	{
		query: 'NHN KCP 계약할때 서류 뭐뭐 내요',
		pages: ['/guides/nhn-kcp-contract/', '/guides/contract-documents/'],
		section: '서류-제출과-계약서-작성',
		kind: 'latin',
	},
	{ query: '나이스페이 일반결제랑 정기결제 MID 같은거 써도 돼요?', pages: ['/guides/nice-contract/'], section: '채널-설정', kind: 'question' },
	{ query: '페이코 보증보험', pages: ['/guides/payco-contract/'], section: '계약서와-구비서류', kind: 'exact' },
	{ query: '페이먼트월 매출 증빙 뭘로 내야 돼요', pages: ['/guides/paymentwall-contract/'], section: '월-매출-증빙', kind: 'question' },
	{ query: '페이먼트월 FasterPay 정산대행', pages: ['/guides/paymentwall-contract/'], section: '정산대행이-필요하다면', kind: 'phrase' },
	{ query: '페이팔 비즈니스 계정 없는데 연결 어떻게 해요', pages: ['/guides/paypal-contract/'], section: '페이팔-온보딩', kind: 'question' },
	{ query: '스마트로 교육 컨설팅 업종도 가입 돼요?', pages: ['/guides/smartro-contract/'], section: '신청-전-준비', kind: 'question' },
	{
		query: '토스페이 카드사 심사 끝나기 전에 실연동 채널 만들어도 되나요',
		pages: ['/guides/tosspay-contract/'],
		section: '실연동-채널-설정',
		kind: 'question',
	},
	{ query: '토스페이먼츠 해외카드로 정기결제도 받을 수 있어요?', pages: ['/guides/tosspayments-contract/'], section: '해외카드-특약', kind: 'question' },
	{
		query: '웰컴페이먼츠 정산 따로 나누려면 MID 새로 받아요?',
		pages: ['/guides/welcome-contract/'],
		section: '이미-웰컴페이먼츠와-계약했다면',
		kind: 'question',
	},
];
