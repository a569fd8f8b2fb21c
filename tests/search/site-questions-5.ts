import type { SearchCase } from "./queries.ts";
/**
 * A fifth set of questions over this site's own pages, as a merchant or their developer types them on a phone: everyday
 * words and endings, spacing slips, five typos, four Latin PG names, six short keyword queries. Written blind on 2026-12-07
 * by a helper (branch `siteq5`) from the pages alone (content/docs/guides/*.mdx, content/glossary.yaml,
 * content/procedures/*.yaml, /choose/, /compare/ and /glossary/ as their sources render them), without reading the search
 * code or the other query sets and without running a search; the four earlier blind sets (site-questions.ts,
 * site-questions-2.ts, site-questions-3.ts, site-questions-4.ts) were read only so that no question here repeats one of
 * theirs, and to ask about the sections they asked little or nothing about. The first part names no PG: its answer is a
 * page about no single PG (a glossary entry, the general guides, /choose/ or /compare/). The second part names one PG, by
 * any name a merchant uses for it, and is answered by that PG's guide and the section that holds the answer.
 */
export const SITE_QUESTION_CASES_5: SearchCase[] = [
  // No PG named: what a term means, or what it implies (the glossary entry first).
  {
    query: "보증보험 가입금액 따라 정산 한도가 달라지나여",
    pages: ["/glossary/", "/guides/contract-documents/"],
    section: "guarantee-insurance",
    kind: "typo",
  },
  {
    query: "관리자콘솔에서 결제내역도 볼 수 있어요?",
    pages: ["/glossary/"],
    section: "admin-console",
    kind: "question",
  },
  {
    query: "입점 심사에서 업종도 보나요",
    pages: ["/glossary/", "/guides/service-requirements/"],
    section: "onboarding-review",
    kind: "question",
  },
  {
    query: "제휴 간편결제로 받으면 정산은 누가 해줘요",
    pages: ["/glossary/"],
    section: "hub-easypay",
    kind: "question",
  },
  {
    query: "카드사 심사 몇 군데만 끝났는데 나머지 카드는 결제 안 되나요",
    pages: ["/glossary/", "/guides/service-requirements/"],
    section: "card-review",
    kind: "question",
  },
  {
    query: "실연동 채널은 언제 추가하는 거예요",
    pages: ["/glossary/", "/guides/kg-inicis-channel-setup/"],
    section: "channel",
    kind: "question",
  },
  {
    query: "키파일 압축 풀어서 보내도 되나요",
    pages: [
      "/glossary/",
      "/guides/kg-inicis-channel-setup/",
      "/guides/kg-inicis-contract/",
    ],
    section: "key-file",
    kind: "question",
  },
  {
    query: "im_ 으로 시작하는 MID",
    pages: ["/glossary/", "/guides/tosspayments-contract/"],
    section: "mid",
    kind: "phrase",
  },
  {
    query: "정기결제 받으려면 기본 계약 말고 따로 약정 맺어야 돼요?",
    pages: ["/glossary/"],
    section: "special-agreement",
    kind: "question",
  },
  {
    query: "바로오픈 쓰려면 입점심사 먼저 통과해야 돼요?",
    pages: [
      "/glossary/",
      "/guides/nhn-kcp-contract/",
      "/guides/tosspayments-contract/",
    ],
    section: "instant-open",
    kind: "question",
  },
  {
    query: "영중소 구간은 언제 바뀌어요",
    pages: ["/glossary/"],
    section: "small-business-rate",
    kind: "question",
  },

  // No PG named: applying, documents, what the site needs (the general guides).
  {
    query: "비즈니스 인증이 뭐예요",
    pages: ["/guides/pg-application/"],
    section: "1-전자결제-신청-메뉴-열기",
    kind: "question",
  },
  {
    query: "판매품목 여러개 선택해도 돼요",
    pages: ["/guides/pg-application/"],
    section: "3-서비스-정보-등록",
    kind: "question",
  },
  {
    query: "pg 계약은 포트원이랑 하는 건가요",
    pages: ["/guides/pg-application/", "/guides/contract-documents/"],
    section: "신청한-다음에는",
    kind: "question",
  },
  {
    query: "RM 심사가 뭐예요",
    pages: ["/guides/contract-documents/", "/guides/nhn-kcp-contract/"],
    section: "계약-안내-메일-기다리기",
    kind: "question",
  },
  {
    query: "비영리법인은 실제 소유자 확인 서류 뭐 내요",
    pages: ["/guides/contract-documents/"],
    section: "법인사업자-기본-서류",
    kind: "question",
  },
  {
    query: "사용인감게 언제 내야 돼요",
    pages: ["/guides/contract-documents/", "/guides/kicc-contract/"],
    section: "법인사업자-기본-서류",
    kind: "typo",
  },
  {
    query: "모바일 상품권 팔면 인지세 서류 내야 해요?",
    pages: ["/guides/contract-documents/"],
    section: "업종에-따라-더-필요한-서류",
    kind: "question",
  },
  {
    query: "계약 끝난 다음에 따로 해야 할 일 있나요",
    pages: ["/guides/contract-documents/"],
    section: "서류를-낸-다음에는",
    kind: "question",
  },
  {
    query: "구독 서비스는 심사용 상품 뭘 올려야 돼요",
    pages: ["/guides/service-requirements/"],
    section: "1-판매-상품서비스-등록",
    kind: "question",
  },
  {
    query: "API 방식 심사 입력화면",
    pages: ["/guides/service-requirements/"],
    section: "5-카드사-심사에서-보는-것",
    kind: "phrase",
  },

  // No PG named: which PG (the chooser and the comparison).
  {
    query: "렌트카 업종 받아주는 pg 있나요",
    pages: ["/choose/", "/guides/galaxia-contract/"],
    kind: "question",
  },
  {
    query: "아직 매출없는 신규사업자 어느 pg가 좋아요",
    pages: ["/choose/", "/compare/"],
    kind: "question",
  },
  {
    query: "애플페이 되는 결제대행사",
    pages: ["/choose/", "/compare/"],
    kind: "phrase",
  },
  {
    query: "정기결제랑 해외결제 둘 다 되는 pg 있어요",
    pages: ["/compare/", "/choose/"],
    kind: "question",
  },
  {
    query: "구매대행 pg사",
    pages: ["/choose/", "/guides/galaxia-contract/"],
    kind: "exact",
  },

  // One PG named: that PG's procedure.
  {
    query: "다날 테스트 결제했는데 진짜 돈 빠져나갔어요",
    pages: ["/guides/danal-contract/"],
    section: "테스트-채널-설정",
    kind: "question",
  },
  {
    query: "eximbay confirm process 되나요",
    pages: ["/guides/eximbay-contract/"],
    section: "심사용-개발",
    kind: "latin",
  },
  {
    query: "엑심베이 알리패이 수수료",
    pages: ["/guides/eximbay-contract/"],
    section: "수수료",
    kind: "typo",
  },
  {
    query: "갤럭시아 머니트리 삼성페이는 수수료 더 붙어요?",
    pages: ["/guides/galaxia-contract/"],
    section: "수수료",
    kind: "question",
  },
  {
    query: "헥토 내통장결재 수수료 얼마에요",
    pages: ["/guides/hecto-contract/"],
    section: "수수료",
    kind: "typo",
  },
  {
    query: "카카오페이 실제 CID는 뭘로 시작해요",
    pages: ["/guides/kakaopay-contract/"],
    section: "계약완료",
    kind: "question",
  },
  {
    query: "KG파이낸셜 정기결제용 서비스ID",
    pages: ["/guides/kg-financial-contract/"],
    section: "계약완료",
    kind: "phrase",
  },
  {
    query: "이니시스 카드사 심사 받으려면 개발 어디까지 해놔야 돼요",
    pages: ["/guides/kg-inicis-contract/", "/guides/service-requirements/"],
    section: "개발진행",
    kind: "question",
  },
  {
    query: "inicis 테스트 결제 국민카드 안돼요",
    pages: ["/guides/kg-inicis-channel-setup/"],
    section: "테스트-연동-설정",
    kind: "latin",
  },
  {
    query: "이지페이 알리페이플러스 쓰면 심사 때 뭐 더 내야 돼요",
    pages: ["/guides/kicc-contract/"],
    section: "심사용-개발",
    kind: "question",
  },
  {
    query: "키움페이 테스트로 카카오페이 결제한 거 자동 취소 안 돼요?",
    pages: ["/guides/kiwoompay-contract/"],
    section: "개발과-심사-화면-준비",
    kind: "question",
  },
  {
    query: "KPN Passkey 어디 넣어요",
    pages: ["/guides/kpn-contract/"],
    section: "실-연동-채널-설정",
    kind: "latin",
  },
  {
    query: "케이에스넷 가상계좌 웹훅 설정해야 돼요?",
    pages: ["/guides/ksnet-contract/"],
    section: "가상계좌-입금-알림",
    kind: "question",
  },
  {
    query: "네이버페이 주문형으로 이용권 팔아도 되나요",
    pages: [
      "/guides/naverpay-order-contract/",
      "/guides/naverpay-payment-contract/",
    ],
    section: "신청-전-준비",
    kind: "question",
  },
  {
    query: "네이버페이 결제형 운영 전환할때 파트너 ID 뭐 넣어요",
    pages: ["/guides/naverpay-payment-contract/"],
    section: "실연동-전환",
    kind: "question",
  },
  {
    query: "케이씨피 바로오픈 정산 주기",
    pages: ["/guides/nhn-kcp-contract/"],
    section: "바로오픈",
    kind: "phrase",
  },
  {
    query: "NHN KCP 쓰는 중인데 간편결제 사이트코드 추가 어디서 요청해요",
    pages: ["/guides/nhn-kcp-contract/"],
    section: "간편결제-사이트코드-추가",
    kind: "latin",
  },
  {
    query: "나이스페이 예전 MID 1년 넘게 안 썼는데 심사 다시 받아야 되나요",
    pages: ["/guides/nice-contract/"],
    section: "서류-제출과-보증보험",
    kind: "question",
  },
  {
    query: "페이코 실연동할 때 ProductID 어디 넣어요",
    pages: ["/guides/payco-contract/"],
    section: "실연동-채널-설정",
    kind: "question",
  },
  {
    query: "페이먼트월 일본 결제수단 한국에서 테스트하려면 어떻게 해요",
    pages: ["/guides/paymentwall-contract/"],
    section: "테스트-채널-설정",
    kind: "question",
  },
  {
    query: "페이팔 승인 대기 상태가 뭐예요",
    pages: ["/guides/paypal-contract/"],
    section: "개발",
    kind: "question",
  },
  {
    query: "스마트로 신청했는데 포트원 검수에서 안 넘어가는 거 같아요",
    pages: ["/guides/smartro-contract/"],
    section: "포트원-1차-검수",
    kind: "question",
  },
  {
    query: "토스페이 API Key는 언제 받아요",
    pages: ["/guides/tosspay-contract/"],
    section: "계약완료",
    kind: "question",
  },
  {
    query: "토스페이먼트 계약메일 언제와요",
    pages: ["/guides/tosspayments-contract/"],
    section: "계약-안내-메일",
    kind: "typo",
  },
];
