import type { SearchCase } from './queries.ts';
/**
 * A second set of questions over this site's own pages, as a merchant or their developer types them on a phone: everyday
 * words and endings, spacing slips, five typos, four Latin PG names, six short keyword queries. Written blind on 2026-12-06
 * by a helper (branch `siteq2`) from the pages alone (content/docs/guides/*.mdx, content/glossary.yaml,
 * content/procedures/*.yaml, /choose/, /compare/ and /glossary/ as their sources render them), without reading the search
 * code or the other query sets and without running a search; the first blind set (site-questions.ts) was read only so
 * that no question here repeats one of its questions. The first part names no PG: its answer is a page about no single
 * PG (a glossary entry, the general guides, /choose/ or /compare/). The second part names one PG, by any name a merchant
 * uses for it, and is answered by that PG's guide and the section that holds the answer.
 */
export const SITE_QUESTION_CASES_2: SearchCase[] = [
	// No PG named: what a term means (the glossary entry first).
	{
		query: '결제창 방식이랑 API 방식 뭐가 달라요',
		pages: ['/glossary/', '/guides/kg-inicis-channel-setup/', '/guides/pg-application/'],
		section: 'payment-window',
		kind: 'question',
	},
	{ query: '관리자콘솔이 정확히 뭐예요', pages: ['/glossary/'], section: 'admin-console', kind: 'question' },
	{ query: '키인결재가 뭔가요', pages: ['/glossary/'], section: 'billing-keyin', kind: 'typo' },
	{ query: '상점관리자랑 포트원 관리자콘솔 같은건가요', pages: ['/glossary/'], section: 'merchant-admin', kind: 'question' },
	{ query: '입점 심사 뜻이 뭐죠', pages: ['/glossary/', '/guides/service-requirements/'], section: 'onboarding-review', kind: 'question' },
	{ query: '정기결제란 뭔가요', pages: ['/glossary/', '/guides/kg-inicis-channel-setup/'], section: 'recurring', kind: 'question' },
	{ query: '포트원에서 말하는 채널이 뭐예요', pages: ['/glossary/', '/guides/kg-inicis-channel-setup/'], section: 'channel', kind: 'question' },
	{
		query: '제휴 간편결제가 무슨 뜻이에요',
		pages: ['/glossary/', '/guides/kpn-contract/', '/guides/welcome-contract/'],
		section: 'hub-easypay',
		kind: 'question',
	},
	{
		query: 'CPID가 뭐에요',
		pages: ['/glossary/', '/guides/kiwoompay-contract/', '/guides/danal-contract/'],
		section: 'mid',
		kind: 'question',
	},
	{ query: '미리오픈이 뭐예요', pages: ['/glossary/', '/guides/tosspayments-contract/'], section: 'instant-open', kind: 'question' },
	{ query: '구매안전서비스 뜻', pages: ['/glossary/'], section: 'escrow', kind: 'phrase' },
	{
		query: '연매출 얼마 이하면 영세 가맹점이에요?',
		pages: ['/glossary/', '/compare/', '/choose/'],
		section: 'small-business-rate',
		kind: 'question',
	},

	// No PG named: applying, documents, what the site needs (the general guides).
	{ query: '신청서 사업자 정보 틀렸는데 수정 어떻게 해요', pages: ['/guides/pg-application/'], section: '4-최종-확인-후-제출', kind: 'question' },
	{ query: '장바구니에 담은 pg 전부 접수되는거에요?', pages: ['/guides/pg-application/'], section: '5-결제대행사와-결제수단-고르기', kind: 'question' },
	{
		query: '신청서에 정산 계좌 적는 칸도 있나요',
		pages: ['/guides/pg-application/', '/guides/nice-contract/', '/guides/payco-contract/'],
		section: '6-결제대행사별-추가-항목-입력',
		kind: 'question',
	},
	{ query: '서류 보내고 계약완료까지 며칠 걸려요', pages: ['/guides/contract-documents/'], section: '서류를-낸-다음에는', kind: 'question' },
	{ query: '보증보헙 1년 지나면 다시 가입해야 하나요', pages: ['/guides/contract-documents/'], section: '보증보험', kind: 'typo' },
	{ query: '필라테스 추가서류', pages: ['/guides/contract-documents/'], section: '업종에-따라-더-필요한-서류', kind: 'exact' },
	{ query: '운영중인 사이트라 심사용 계정으로 받아도 되나요', pages: ['/guides/service-requirements/'], section: '4-이미-운영-중인-서비스라면', kind: 'question' },
	{ query: '구매안전확인증 어디서 받아요', pages: ['/guides/service-requirements/'], section: '2-사업자-정보-표시', kind: 'question' },
	{ query: '심사 끝나고 도메인 바뀌면 재심사 받나요', pages: ['/guides/service-requirements/'], section: '3-아직-개발-중이라면', kind: 'question' },

	// No PG named: which PG (the chooser and the comparison).
	{ query: '가입비 업는 pg 있나요', pages: ['/compare/', '/choose/'], kind: 'typo' },
	{ query: '중고물품 팔아도 받아주는 결제대행사', pages: ['/choose/'], kind: 'question' },
	{ query: '영세사업자 카드수수료 젤 싼곳', pages: ['/compare/', '/choose/'], kind: 'question' },
	{ query: '휴대폰 소액결제 되는 pg사', pages: ['/choose/', '/compare/'], kind: 'phrase' },
	{ query: 'pg 추천', pages: ['/choose/', '/guides/pg-application/'], kind: 'exact' },
	{ query: '본인인증 서비스 되는 pg 어디예요', pages: ['/compare/', '/guides/danal-contract/'], kind: 'question' },

	// One PG named: that PG's procedure.
	{
		query: 'inicis 웹 signkey 어디서 조회해요',
		pages: ['/guides/kg-inicis-channel-setup/', '/guides/kg-inicis-contract/'],
		section: '실연동-설정',
		kind: 'latin',
	},
	{ query: 'KG이니시스 신규계약 전화번호', pages: ['/guides/kg-inicis-contract/'], section: '문의처', kind: 'phrase' },
	{ query: 'KCP 휴대폰 본인인증은 따로 신청해요?', pages: ['/guides/nhn-kcp-contract/'], section: '본인인증-추가-신청', kind: 'latin' },
	{ query: '케이씨피 해외카드 달러 정산 되나요', pages: ['/guides/nhn-kcp-contract/'], section: '해외카드-특약', kind: 'question' },
	{ query: '토스페이먼츠 브랜드페이 어떻게 써요', pages: ['/guides/tosspayments-contract/'], section: '브랜드페이', kind: 'question' },
	{ query: '토스페이먼츠 정기결제 본인인증 생략 가능해요?', pages: ['/guides/tosspayments-contract/'], section: '실결제-시작', kind: 'question' },
	{ query: 'tosspay 테스트 상점아이디', pages: ['/guides/tosspay-contract/'], section: '테스트-채널-설정', kind: 'latin' },
	{ query: '나이스페이 간편결제 나중에 추가하려면 어떻게해요', pages: ['/guides/nice-contract/'], section: '간편결제-추가계약', kind: 'question' },
	{ query: '다날 CPID 언제 발급돼요', pages: ['/guides/danal-contract/'], section: '계약완료', kind: 'question' },
	{ query: '카카오페이 계약서 인감만 찍으면 되나요', pages: ['/guides/kakaopay-contract/'], section: '계약서와-구비서류', kind: 'question' },
	{ query: '네이버페이 주문혐 검수 기간', pages: ['/guides/naverpay-order-contract/'], section: '검수-요청과-검수', kind: 'typo' },
	{ query: '네이버페이 결제형 검수요청 어디로 해요', pages: ['/guides/naverpay-payment-contract/'], section: '검수-요청', kind: 'question' },
	{ query: '페이팔 테스트 구매자 계정 어떻게 만들어요', pages: ['/guides/paypal-contract/'], section: '구매자-테스트-계정', kind: 'question' },
	{ query: '엑심베이 일본 편의점결제 웹훅 꼭 해야돼요', pages: ['/guides/eximbay-contract/'], section: '일본-편의점결제', kind: 'question' },
	{ query: '페이먼트월 보증보험 대신 뭐 내요', pages: ['/guides/paymentwall-contract/'], section: '계약완료', kind: 'question' },
	{ query: '갤력시아머니트리 테스트 mid 뭐에요', pages: ['/guides/galaxia-contract/'], section: '테스트-채널-설정', kind: 'typo' },
	{ query: '헥토파이낸셜 잘못 취소한 결제 되돌릴수 있나요', pages: ['/guides/hecto-contract/'], section: '실결제-시작', kind: 'question' },
	{
		query: 'KG모빌리언스랑 이미 계약했는데 포트원에서 그대로 써도 되나요',
		pages: ['/guides/kg-financial-contract/'],
		section: '이미-kg파이낸셜과-계약했다면',
		kind: 'question',
	},
	{ query: 'KICC 해외에서 운영하는 서비스도 가입 되나요', pages: ['/guides/kicc-contract/'], section: '신청-전-준비', kind: 'latin' },
	{ query: '키움페이 9029 에러 취소가 안돼요', pages: ['/guides/kiwoompay-contract/'], section: '실결제-시작', kind: 'question' },
	{ query: '한국결제네트웍스 계약끝나면 뭐 받아요', pages: ['/guides/kpn-contract/'], section: '계약완료', kind: 'question' },
	{ query: '케이에스넷 해외카드 신청', pages: ['/guides/ksnet-contract/'], section: '해외카드-특약', kind: 'phrase' },
	{ query: '스마트로 거래취소 비밀번호 어디 넣어요', pages: ['/guides/smartro-contract/'], section: '채널-설정', kind: 'question' },
	{ query: '웰컴페이먼츠 가상계좌 은행 종료된거 있어요?', pages: ['/guides/welcome-contract/'], section: '심사용-개발', kind: 'question' },
	{
		query: '페이코 신청할때 페이코 ID 뭐 적어요',
		pages: ['/guides/payco-contract/', '/guides/pg-application/'],
		section: '가입신청서-제출',
		kind: 'question',
	},
];
