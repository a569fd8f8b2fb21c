import type { SearchCase } from './queries.ts';
/**
 * An eighth set of questions over this site's own pages, as a merchant or their developer types them on a phone: everyday
 * words and endings, spacing slips, five typos, four Latin PG names, six short keyword queries. Written blind on 2026-12-07
 * by a helper (branch `siteq8`) from the pages alone (content/docs/guides/*.mdx, content/glossary.yaml,
 * content/procedures/*.yaml, /choose/, /compare/ and /glossary/ as their sources render them), without reading the search
 * code or the other query sets and without running a search; the seven earlier blind sets (site-questions.ts to
 * site-questions-7.ts) were read only so that no question here repeats one of theirs, and to ask about the sections they
 * asked little or nothing about. The first part names no PG: its answer is a page about no single PG (a glossary entry,
 * the general guides, /choose/ or /compare/). The second part names one PG, by any name a merchant uses for it, and is
 * answered by that PG's guide and the section that holds the answer.
 */
export const SITE_QUESTION_CASES_8: SearchCase[] = [
	// No PG named: what a term means, or what it implies (the glossary entry first).
	{
		query: '보증보험 금액은 누가 정해줘요',
		pages: ['/glossary/', '/guides/contract-documents/'],
		section: 'guarantee-insurance',
		kind: 'question',
	},
	{
		query: '카드사마다 심사 신청 따로 해야 돼요?',
		pages: ['/glossary/', '/guides/service-requirements/'],
		section: 'card-review',
		kind: 'question',
	},
	{ query: '간편결제 붙일 수 있는 종류가 pg사마다 달라요?', pages: ['/glossary/', '/compare/'], section: 'hub-easypay', kind: 'question' },
	{ query: '빌링 수기결제 차이', pages: ['/glossary/'], section: 'billing-keyin', kind: 'phrase' },
	{ query: '중소1 중소2 이런 구간은 뭐예요', pages: ['/glossary/'], section: 'small-business-rate', kind: 'question' },
	{ query: '카드 결제만 받아도 에스크로 가입해야 돼요?', pages: ['/glossary/'], section: 'escrow', kind: 'question' },
	{ query: '정기결제는 결제창 방식이에요 API 방식이에요', pages: ['/glossary/'], section: 'recurring', kind: 'question' },
	{ query: 'PG상점아이디 칸에는 뭘 넣는 거예요', pages: ['/glossary/', '/guides/kg-inicis-channel-setup/'], section: 'mid', kind: 'question' },

	// No PG named: applying, documents, what the site needs (the general guides).
	{ query: '전자결재신청 버튼 어디 있어요', pages: ['/guides/pg-application/'], section: '1-전자결제-신청-메뉴-열기', kind: 'typo' },
	{ query: '서비스 형태는 뭘로 선택해야 돼요', pages: ['/guides/pg-application/'], section: '3-서비스-정보-등록', kind: 'question' },
	{ query: '쓸 pg가 이미 정해져 있으면 어떻게 신청해요', pages: ['/guides/pg-application/'], section: '5-결제대행사와-결제수단-고르기', kind: 'question' },
	{ query: '가상계좌는 신청할때 어느 결제방식에서 골라요', pages: ['/guides/pg-application/'], section: '5-결제대행사와-결제수단-고르기', kind: 'question' },
	{
		query: '계약 안내 메일은 포트원이 보내요 PG사가 보내요?',
		pages: ['/guides/pg-application/', '/guides/contract-documents/'],
		section: '신청한-다음에는',
		kind: 'question',
	},
	{ query: 'pg 계약서 몇 부 보내야 돼요', pages: ['/guides/contract-documents/'], section: '개인사업자-기본-서류', kind: 'question' },
	{ query: '인감증명서 주민번호 뒷자리 가리고 보내야 하나요', pages: ['/guides/contract-documents/'], section: '개인사업자-기본-서류', kind: 'question' },
	{ query: '법인등기부등본 몇 개월 안에 뗀 거여야 돼요', pages: ['/guides/contract-documents/'], section: '법인사업자-기본-서류', kind: 'question' },
	{ query: '후원금 받는 사이트 추가 서류', pages: ['/guides/contract-documents/'], section: '업종에-따라-더-필요한-서류', kind: 'phrase' },
	{ query: '보증보험 증건은 제가 pg사에 보내야 하나요', pages: ['/guides/contract-documents/'], section: '보증보험', kind: 'typo' },
	{
		query: '이용약관이랑 개인정보처리방침 없으면 심사 떨어져요?',
		pages: ['/guides/service-requirements/'],
		section: '1-판매-상품서비스-등록',
		kind: 'question',
	},
	{
		query: '본인인증만 쓰는데 앱 출시 전이면 심사 어떻게 받아요',
		pages: ['/guides/service-requirements/', '/guides/danal-contract/'],
		section: '6-앱-서비스라면',
		kind: 'question',
	},

	// No PG named: which PG (the chooser and the comparison).
	{ query: '앱 아직 출시 안했는데 계약 가능한 pg 어디예요', pages: ['/choose/', '/compare/', '/guides/service-requirements/'], kind: 'question' },
	{ query: '데이팅앱 결제 받아주는 pg 있나요', pages: ['/choose/'], kind: 'question' },
	{ query: '행사 참가비 결제 받을 수 있는 결제대행사', pages: ['/choose/'], kind: 'question' },
	{ query: '의약품 쇼핑몰도 받아주는 결제대행사 있어요?', pages: ['/choose/'], kind: 'question' },
	{ query: '랜덤박스 결제대행사', pages: ['/choose/'], kind: 'exact' },
	{ query: '보증보험 안들어도 되는 pg 있어요?', pages: ['/compare/', '/guides/paymentwall-contract/'], kind: 'question' },

	// One PG named: that PG's procedure.
	{ query: '이니시스 일반결제랑 정기결제 뭐가 달라요', pages: ['/guides/kg-inicis-channel-setup/'], section: '먼저-알아둘-용어', kind: 'question' },
	{ query: 'KCP 가입비 얼마에요', pages: ['/guides/nhn-kcp-contract/'], section: '수수료', kind: 'latin' },
	{
		query: '케이씨피 웹소설 플랫폼인데 생긴지 1년 된 회사도 가입 되나요',
		pages: ['/guides/nhn-kcp-contract/'],
		section: '신청-전-준비',
		kind: 'question',
	},
	{ query: '토스페이먼츠 정기결제 수수료가 일반 카드보다 비싸요?', pages: ['/guides/tosspayments-contract/'], section: '수수료', kind: 'question' },
	{ query: '토스페이도 바로오픈 되나요', pages: ['/guides/tosspay-contract/'], section: '계약완료', kind: 'question' },
	{
		query: '카카오페이 일반결제 CID랑 정기결제 CID 채널 하나로 써도 돼요?',
		pages: ['/guides/kakaopay-contract/'],
		section: '실연동-채널-설정',
		kind: 'question',
	},
	{ query: '페이코 포트원 V2로 연동돼요?', pages: ['/guides/payco-contract/'], section: '개발과-심사-화면', kind: 'question' },
	{ query: '페이먼트월 운영용 Project Key 어디서 확인해요', pages: ['/guides/paymentwall-contract/'], section: '실연동과-서비스-오픈', kind: 'question' },
	{ query: 'paypal 결제마다 0.3달러 따로 붙어요?', pages: ['/guides/paypal-contract/'], section: '수수료', kind: 'latin' },
	{ query: '페이팔 미국 테스트 계정으로 하면 자꾸 오류나요', pages: ['/guides/paypal-contract/'], section: '테스트-채널-설정', kind: 'question' },
	{ query: '다날 여행 플랫폼 입점 조건', pages: ['/guides/danal-contract/'], section: '신청-전-준비', kind: 'phrase' },
	{ query: '네이버페이 주문형 워드프레스 사이트에도 붙일 수 있어요?', pages: ['/guides/naverpay-order-contract/'], section: '개발과-연동', kind: 'question' },
	{ query: '네이버페이 결제형 영세 수수료', pages: ['/guides/naverpay-payment-contract/'], section: '수수료', kind: 'phrase' },
	{ query: '나이스패이 MID는 IMP로 시작하나요', pages: ['/guides/nice-contract/'], section: '계약완료', kind: 'typo' },
	{ query: '엑심배이 Secret Key는 언제 받아요', pages: ['/guides/eximbay-contract/'], section: '계약완료', kind: 'typo' },
	{ query: '갤럭시아머니트리 계약 메일 안 오면 누구한테 물어봐요', pages: ['/guides/galaxia-contract/'], section: '계약-안내-메일', kind: 'question' },
	{ query: '헥토파이낸셜 고객센터 이매일 주소', pages: ['/guides/hecto-contract/'], section: '문의처', kind: 'typo' },
	{ query: 'KG파이낸셜 서류 전자계약으로 내도 돼요?', pages: ['/guides/kg-financial-contract/'], section: '서류-제출과-보증보험', kind: 'question' },
	{
		query: '이지페이 다른 호스팅사 통해 받은 MID 포트원에서 그대로 써도 돼요?',
		pages: ['/guides/kicc-contract/'],
		section: '이미-이지페이kicc와-계약했다면',
		kind: 'question',
	},
	{ query: '키움페이 상점관리자 사이트 주소 알려주세요', pages: ['/guides/kiwoompay-contract/'], section: '문의처', kind: 'question' },
	{ query: 'KPN 네이버페이 결제창 바로 띄울 수 있어요?', pages: ['/guides/kpn-contract/'], section: '가입신청서-제출', kind: 'latin' },
	{ query: 'KSNET apiKey는 언제 받아요', pages: ['/guides/ksnet-contract/'], section: '계약완료', kind: 'latin' },
	{ query: '스마트로 KT 법인폰 할인', pages: ['/guides/smartro-contract/'], section: '실결제-시작', kind: 'phrase' },
	{ query: '웰컴페이먼츠 계약 끝나면 Sign Key도 같이 받아요?', pages: ['/guides/welcome-contract/'], section: '계약완료', kind: 'question' },
];
