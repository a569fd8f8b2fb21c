import type { SearchCase } from './queries.ts';
/**
 * A ninth set of questions over this site's own pages, as a merchant or their developer types them on a phone: everyday
 * words and endings, spacing slips, five typos, four Latin PG names, seven short keyword queries. Written blind on 2026-12-07
 * by a helper (branch `siteq9`) from the pages alone (content/docs/guides/*.mdx, content/glossary.yaml,
 * content/procedures/*.yaml, /choose/, /compare/ and /glossary/ as their sources render them), without reading the search
 * code or the other query sets and without running a search; the eight earlier blind sets (site-questions.ts to
 * site-questions-8.ts) were read only so that no question here repeats one of theirs, and to ask about the sections they
 * asked little or nothing about. The first part names no PG: its answer is a page about no single PG (a glossary entry,
 * the general guides, /choose/ or /compare/). The second part names one PG, by any name a merchant uses for it, and is
 * answered by that PG's guide and the section that holds the answer.
 */
export const SITE_QUESTION_CASES_9: SearchCase[] = [
	// No PG named: what a term means, or what it implies (the glossary entry first).
	{ query: '카드심사가 뭐에요', pages: ['/glossary/', '/guides/service-requirements/'], section: 'card-review', kind: 'question' },
	{ query: 'MID 받을때 키나 비밀번호도 같이 주나요', pages: ['/glossary/'], section: 'mid', kind: 'question' },
	{ query: '애스크로 쓰면 구매자가 물건 받았다고 해야 돈 들어와요?', pages: ['/glossary/'], section: 'escrow', kind: 'typo' },
	{
		query: '키파일은 언제 받는 거예요',
		pages: ['/glossary/', '/guides/kg-inicis-channel-setup/', '/guides/kg-inicis-contract/'],
		section: 'key-file',
		kind: 'question',
	},
	{ query: '바로오픈은 아무 PG에서나 다 되나요', pages: ['/glossary/', '/compare/', '/choose/'], section: 'instant-open', kind: 'question' },
	{ query: '휴대폰결제는 원천사가 어디예요', pages: ['/glossary/'], section: 'source-company', kind: 'question' },
	{ query: '채널은 포트원에 만드는 거예요 PG사에 만드는 거예요', pages: ['/glossary/'], section: 'channel', kind: 'question' },
	{ query: '상점아이디 추가 신청은 어디서 하나요', pages: ['/glossary/'], section: 'merchant-admin', kind: 'question' },

	// No PG named: applying, documents, what the site needs (the general guides).
	{
		query: '본인인증도 전자결제 신청할때 같이 고르나요',
		pages: ['/guides/pg-application/'],
		section: '5-결제대행사와-결제수단-고르기',
		kind: 'question',
	},
	{ query: '포트원에서 pg 신청하는 순서', pages: ['/guides/pg-application/'], kind: 'phrase' },
	{ query: '운전먼허증도 신분증 사본으로 내도 되나요', pages: ['/guides/contract-documents/'], section: '개인사업자-기본-서류', kind: 'typo' },
	{ query: '개인사업자인데 정산 통장 배우자 명의로 해도 돼요?', pages: ['/guides/contract-documents/'], section: '개인사업자-기본-서류', kind: 'question' },
	{
		query: '서류 다 보냈는데 계약완료 연락이 없으면 누구한테 물어봐요',
		pages: ['/guides/contract-documents/'],
		section: '서류를-낸-다음에는',
		kind: 'question',
	},
	{ query: 'PG 계약할 때 서류 뭐뭐 준비해요', pages: ['/guides/contract-documents/'], kind: 'question' },
	{ query: '보증보험 안 들면 계약이 안 끝나나요', pages: ['/guides/contract-documents/', '/glossary/'], section: '보증보험', kind: 'question' },
	{
		query: '서브도메인에 dev 들어가도 심사 받을 수 있어요?',
		pages: ['/guides/service-requirements/'],
		section: '4-이미-운영-중인-서비스라면',
		kind: 'question',
	},
	{ query: '사업자 정보 결제 페이지에도 떠야 되나요', pages: ['/guides/service-requirements/'], section: '2-사업자-정보-표시', kind: 'question' },
	{
		query: '앱 심사 받을때 결제창 뜨는 데까지는 만들어 놔야 해요?',
		pages: ['/guides/service-requirements/'],
		section: '6-앱-서비스라면',
		kind: 'question',
	},
	{ query: '사이트 구축 요건', pages: ['/guides/service-requirements/'], kind: 'exact' },

	// No PG named: which PG (the chooser and the comparison).
	{ query: '중고차 판매 사이트 받아주는 결재대행사 있나요', pages: ['/choose/', '/guides/galaxia-contract/'], kind: 'typo' },
	{ query: '비자 발급 대행 업체도 pg 가입 되나요', pages: ['/choose/', '/guides/galaxia-contract/'], kind: 'question' },
	{ query: '미술품 판매 pg', pages: ['/choose/'], kind: 'exact' },
	{ query: '삼성페이 붙일 수 있는 pg 어디예요', pages: ['/compare/', '/choose/'], kind: 'question' },
	{ query: '포트원이 신청서 먼저 검수하는 pg는 어디예요', pages: ['/compare/', '/glossary/'], kind: 'question' },
	{ query: '휴대폰결제 수수료 pg별 비교', pages: ['/compare/', '/choose/'], kind: 'phrase' },

	// One PG named: that PG's procedure.
	{
		query: '웰컴페이먼츠 가상계좌 테스트로 입금했는데 결제완료로 안 바뀌어요',
		pages: ['/guides/welcome-contract/'],
		section: '가상계좌-입금-알림',
		kind: 'question',
	},
	{ query: '스마트로 술 파는 쇼핑몰도 입점 되나요', pages: ['/guides/smartro-contract/'], section: '신청-전-준비', kind: 'question' },
	{ query: '카카오페이 카드사 심사 진행상황 조회돼나요', pages: ['/guides/kakaopay-contract/'], section: '카드사-심사', kind: 'typo' },
	{ query: '페이코로 NFT 파는 서비스도 결제 받을 수 있나요', pages: ['/guides/payco-contract/'], section: '신청-전-준비', kind: 'question' },
	{ query: '페이코 계약 매일 3일 넘게 안 와요', pages: ['/guides/payco-contract/'], section: '계약-안내', kind: 'typo' },
	{
		query: '토스페이 테스트로 잔액부족 결제 실패도 시험해볼수 있나요',
		pages: ['/guides/tosspay-contract/'],
		section: '테스트-채널-설정',
		kind: 'question',
	},
	{ query: '페이먼트월 결제할때마다 5% 떼가는 거 언제 돌려줘요', pages: ['/guides/paymentwall-contract/'], section: '계약완료', kind: 'question' },
	{
		query: '페이먼트월 메일로 온 링크 눌러서 또 신청해야 돼요?',
		pages: ['/guides/paymentwall-contract/'],
		section: '상점관리자페이지-접수',
		kind: 'question',
	},
	{ query: 'KCP 카드사 심사현황 조회 화면 실시간이에요?', pages: ['/guides/nhn-kcp-contract/'], section: '카드사-심사', kind: 'latin' },
	{
		query: '케이씨피 일반결제만 먼저 하고 정기결제는 나중에 추가해도 되나요',
		pages: ['/guides/nhn-kcp-contract/'],
		section: '가입신청서-제출',
		kind: 'question',
	},
	{ query: '나이스페이 기술지원 메일 주소', pages: ['/guides/nice-contract/'], section: '문의처', kind: 'phrase' },
	{ query: '토스페이먼츠 카드사 심사 신청은 어디다 해요', pages: ['/guides/tosspayments-contract/'], section: '카드사-심사', kind: 'question' },
	{ query: 'toss payments 고객마다 고정 가상계좌 줄 수 있어요?', pages: ['/guides/tosspayments-contract/'], section: '채널-설정', kind: 'latin' },
	{ query: '다날 본인인증 테스트하다가 0086 에러 나요', pages: ['/guides/danal-contract/'], section: '본인인증-단독-이용', kind: 'question' },
	{ query: '엑심베이 정산금 며칠 뒤에 들어와요', pages: ['/guides/eximbay-contract/'], section: '결제-한도와-정산', kind: 'question' },
	{ query: '헥토 대량송금 수수료', pages: ['/guides/hecto-contract/'], section: '실결제-시작', kind: 'phrase' },
	{ query: 'KG파이낸셜 공용 테스트 서비스ID 뭐예요', pages: ['/guides/kg-financial-contract/'], section: '테스트-채널-설정', kind: 'question' },
	{
		query: '이지페이 원본 서류 등기로 보냈는데 계약완료 소식이 없어요',
		pages: ['/guides/kicc-contract/'],
		section: '계약완료',
		kind: 'question',
	},
	{ query: '키움페이 결제통지 URL 어디서 넣어요', pages: ['/guides/kiwoompay-contract/'], section: '채널-설정', kind: 'question' },
	{ query: 'KPN 홈페이지 1:1 문의 어디 있어요', pages: ['/guides/kpn-contract/'], section: '문의처', kind: 'latin' },
	{ query: '갤럭시아머니트리도 추천패키지에 들어 있어요?', pages: ['/guides/galaxia-contract/'], section: '가입신청서-제출', kind: 'question' },
	{ query: '네이버페이 주문형 가상계좌 수수료', pages: ['/guides/naverpay-order-contract/'], section: '수수료', kind: 'phrase' },
	{
		query: '네이버페이 결제형 검수 요청서 엑셀 쓰기 어려운데 도와주나요',
		pages: ['/guides/naverpay-payment-contract/'],
		section: '검수-요청',
		kind: 'question',
	},
	{ query: 'paypal 실연동 merchant id 칸에 뭐 넣어요', pages: ['/guides/paypal-contract/'], section: '실연동-채널-설정', kind: 'latin' },
	{ query: '이니시스 채널 과세설정 비워둬도 돼요?', pages: ['/guides/kg-inicis-channel-setup/'], section: '테스트-연동-설정', kind: 'question' },
];
