import type { SearchCase } from './queries.ts';
/**
 * A fourth set of questions over this site's own pages, as a merchant or their developer types them on a phone: everyday
 * words and endings, spacing slips, five typos, four Latin PG names, six short keyword queries. Written blind on 2026-12-06
 * by a helper (branch `siteq4`) from the pages alone (content/docs/guides/*.mdx, content/glossary.yaml,
 * content/procedures/*.yaml, /choose/, /compare/ and /glossary/ as their sources render them), without reading the search
 * code or the other query sets and without running a search; the three earlier blind sets (site-questions.ts,
 * site-questions-2.ts, site-questions-3.ts) were read only so that no question here repeats one of theirs, and to ask
 * about the sections they asked little or nothing about. The first part names no PG: its answer is a page about no single
 * PG (a glossary entry, the general guides, /choose/ or /compare/). The second part names one PG, by any name a merchant
 * uses for it, and is answered by that PG's guide and the section that holds the answer.
 */
export const SITE_QUESTION_CASES_4: SearchCase[] = [
	// No PG named: what a term means, or what it implies (the glossary entry first).
	{ query: '머천트 ID 뜻', pages: ['/glossary/'], section: 'mid', kind: 'phrase' },
	{ query: 'Account ID가 뭔가요', pages: ['/glossary/', '/guides/paypal-contract/'], section: 'mid', kind: 'question' },
	{ query: '결제대금예치가 뭐예요', pages: ['/glossary/'], section: 'escrow', kind: 'question' },
	{ query: '수기결제가 뭐예요', pages: ['/glossary/'], section: 'billing-keyin', kind: 'question' },
	{ query: '우대 수수료율이 뭐예요', pages: ['/glossary/'], section: 'small-business-rate', kind: 'question' },
	{
		query: '해외카드 특약 뜻',
		pages: ['/glossary/', '/guides/ksnet-contract/', '/guides/nhn-kcp-contract/', '/guides/nice-contract/', '/guides/tosspayments-contract/'],
		section: 'special-agreement',
		kind: 'phrase',
	},
	{ query: '구독료 매달 자동으로 결제되게 하는걸 뭐라고 해요', pages: ['/glossary/'], section: 'recurring', kind: 'question' },
	{ query: '상점관리자 페이지는 어디서 주는 거예요', pages: ['/glossary/'], section: 'merchant-admin', kind: 'question' },
	{ query: '빌링키 발급 결재창으로도 되나요', pages: ['/glossary/'], section: 'billing-key', kind: 'typo' },
	{
		query: 'V1이랑 V2 중 뭘로 연동하냐에 따라 채널 값도 달라지나요',
		pages: ['/glossary/', '/guides/kg-inicis-channel-setup/'],
		section: 'portone-version',
		kind: 'question',
	},
	{
		query: '가입신청 안하고도 테스트채널 만들 수 있나요',
		pages: ['/glossary/', '/guides/kg-inicis-channel-setup/'],
		section: 'channel',
		kind: 'question',
	},
	{
		query: 'V2로 연동하면 키파일 안 보내도 되나요',
		pages: ['/glossary/', '/guides/kg-inicis-channel-setup/', '/guides/contract-documents/'],
		section: 'key-file',
		kind: 'question',
	},
	{
		query: '카드번호를 우리 화면에서 직접 입력받아 결제해도 돼요',
		pages: ['/glossary/', '/guides/service-requirements/', '/guides/pg-application/'],
		section: 'payment-window',
		kind: 'question',
	},

	// No PG named: applying, documents, what the site needs (the general guides).
	{ query: '대표자 생년월일도 입력해야 해요?', pages: ['/guides/pg-application/'], section: '2-사업자-정보-등록', kind: 'question' },
	{
		query: '신청하고 나면 안내는 어느 메일로 와요',
		pages: ['/guides/pg-application/', '/guides/contract-documents/'],
		section: '4-최종-확인-후-제출',
		kind: 'question',
	},
	{ query: '골랐던 결제대행사 다시 바꾸고 싶어요', pages: ['/guides/pg-application/'], section: '6-결제대행사별-추가-항목-입력', kind: 'question' },
	{ query: '외국인 대표 신분증', pages: ['/guides/contract-documents/'], section: '개인사업자-기본-서류', kind: 'exact' },
	{ query: '보증보험 pg 두군대 쓰면 따로 가입해요?', pages: ['/guides/contract-documents/'], section: '보증보험', kind: 'typo' },
	{
		query: '사이트 다 안만들었는데 pg 신청해도 돼요?',
		pages: ['/guides/service-requirements/', '/guides/pg-application/'],
		section: '두-번의-심사를-받습니다',
		kind: 'question',
	},
	{ query: '사이트 하단에 휴대폰 번호 적어도 되나요', pages: ['/guides/service-requirements/'], section: '2-사업자-정보-표시', kind: 'question' },
	{
		query: '일반결제만 쓰다가 정기결제 추가하면 심사 다시 받아요?',
		pages: ['/guides/service-requirements/'],
		section: '3-아직-개발-중이라면',
		kind: 'question',
	},
	{
		query: '운영에서 결제가 계속 실패해요 심사 전이라 그런가요',
		pages: ['/guides/service-requirements/', '/glossary/'],
		section: '5-카드사-심사에서-보는-것',
		kind: 'question',
	},

	// No PG named: which PG (the chooser and the comparison).
	{ query: '가상계좌 되는 pg 어디 있어요', pages: ['/choose/', '/compare/'], kind: 'question' },
	{ query: '게임 아이템 파는데 받아주는 결제대행사 있나요', pages: ['/choose/'], kind: 'question' },
	{ query: '계약 끝나자마자 MID 받는 pg 어디예요', pages: ['/compare/', '/choose/'], kind: 'question' },
	{ query: '헬스장 이용권 파는데 어느 결제대행사가 받아줘요', pages: ['/choose/'], kind: 'question' },
	{ query: '계좌이체 수수료 비교', pages: ['/compare/', '/choose/'], kind: 'phrase' },

	// One PG named: that PG's procedure.
	{ query: '이니시스 채널 이름 규칙', pages: ['/guides/kg-inicis-channel-setup/'], section: '채널-추가-경로', kind: 'phrase' },
	{
		query: 'KG이니시스 계약 서류 미리 준비하려면 뭐 챙겨요',
		pages: ['/guides/kg-inicis-contract/', '/guides/contract-documents/'],
		section: '신청-전-준비',
		kind: 'question',
	},
	{ query: 'KCP 정기결제 배치결제그룹아이디 어디서 만들어요', pages: ['/guides/nhn-kcp-contract/'], section: '채널-설정', kind: 'latin' },
	{ query: '다날 sms 본인인증 한달 요금 얼마예요', pages: ['/guides/danal-contract/'], section: '수수료', kind: 'question' },
	{
		query: '엑심베이는 포트원에서 신청하고 또 신청서 써야 돼요?',
		pages: ['/guides/eximbay-contract/'],
		section: '엑심베이-상점관리자-추가-접수',
		kind: 'question',
	},
	{ query: '갤럭시아머니트리 전자담배 팔아도 되나요', pages: ['/guides/galaxia-contract/'], section: '신청-전-준비', kind: 'question' },
	{ query: '헥토파이낸셜 테스트 결제 언제 취소돼요', pages: ['/guides/hecto-contract/'], section: '개발과-심사-화면-준비', kind: 'question' },
	{ query: '카카오페이 헌금 받을수 잇나요', pages: ['/guides/kakaopay-contract/'], section: '신청-전-준비', kind: 'typo' },
	{ query: '모빌리언스 휴대폰결제 수수료 얼마예요', pages: ['/guides/kg-financial-contract/'], section: '수수료', kind: 'question' },
	{ query: 'KICC 심사 진행상황 조회', pages: ['/guides/kicc-contract/'], section: '카드사-원천사-심사', kind: 'latin' },
	{ query: '키움페이 포트원 검수 며칠 걸려요', pages: ['/guides/kiwoompay-contract/'], section: '포트원-1차-검수', kind: 'question' },
	{ query: 'KPN 포인트 충전 서비스 며칠 안에 써야 돼요', pages: ['/guides/kpn-contract/'], section: '신청-전-준비', kind: 'latin' },
	{ query: 'KSNET 해외카드 수수료 얼마', pages: ['/guides/ksnet-contract/'], section: '수수료', kind: 'latin' },
	{
		query: '네이버페이 주문형 운영 정보로 바꾼 다음에 또 해야 할 거 있어요?',
		pages: ['/guides/naverpay-order-contract/'],
		section: '실연동-전환',
		kind: 'question',
	},
	{
		query: '네이버페이 결제형 테스트 채널 파트너 ID 칸에 뭐 넣어요',
		pages: ['/guides/naverpay-payment-contract/'],
		section: '테스트-채널-설정',
		kind: 'question',
	},
	{ query: '나이스 해외카드 결제창 중국어도 되요?', pages: ['/guides/nice-contract/'], section: '해외카드-특약', kind: 'typo' },
	{ query: '페이코 SellerKey 언제 받아요', pages: ['/guides/payco-contract/'], section: '계약완료', kind: 'question' },
	{ query: '페이먼트월 정산은 원화로 받나요 달러로 받나요', pages: ['/guides/paymentwall-contract/'], section: '결제-한도와-정산', kind: 'question' },
	{ query: '페이팔 STC 연동', pages: ['/guides/paypal-contract/'], section: '고위험-산업-연동', kind: 'phrase' },
	{ query: '스마트로 알림톡 할인 혜택 있나요', pages: ['/guides/smartro-contract/'], section: '계약-안내-메일', kind: 'question' },
	{ query: '토스머니로 결제 받으면 수수료 몇 퍼센트예요', pages: ['/guides/tosspay-contract/'], section: '수수료', kind: 'question' },
	{ query: '토스페이먼츠 컨설팅 업종 입점 어떻해요', pages: ['/guides/tosspayments-contract/'], section: '신청-전-준비', kind: 'typo' },
	{
		query: '웰컴페이먼츠 견적처럼 금액이 매번 바뀌는 서비스도 되나요',
		pages: ['/guides/welcome-contract/'],
		section: '신청-전-준비',
		kind: 'question',
	},
];
