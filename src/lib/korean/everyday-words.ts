/**
 * Verbs merchants type where the articles write a noun: "이메일 바꾸고 싶어요" is 이메일 변경, "입금했는데
 * 안 바뀌어요" is a status 변경. Keys are stems as `splitWord` leaves them (바꾸고 → 바꾸, 바뀌어요 → 바뀌),
 * with the irregular forms no ending rule reaches (바꿀, 바꿔).
 */
export const EVERYDAY_WORDS: Readonly<Record<string, string>> = {
	바꾸: '변경',
	바꿀: '변경',
	바꿔: '변경',
	바뀌: '변경',
	바뀐: '변경',
	바뀔: '변경',
	고치: '수정',
	고칠: '수정',
	고쳐: '수정',
	지우: '삭제',
	지울: '삭제',
	지워: '삭제',
	없애: '삭제',
	없앨: '삭제',
	되돌리: '원복',
	되돌릴: '원복',
	되돌려: '원복',
	만들: '생성',
	만든: '생성',
	만들어: '생성',
	만들어지: '생성',
	// 돌려받 loses its 받 as 발급받 does: what is left is 돌려.
	돌려: '환급',
	// 서류를 떼다: the articles say 발급.
	떼: '발급',
	뗀: '발급',
	뗄: '발급',
	떼야: '발급',
	끝나: '완료',
	끝난: '완료',
	끝났: '완료',
	고르: '선택',
	고를: '선택',
	골라: '선택',
	빼: '차감',
	빼고: '차감',
	빼면: '차감',
	뺀: '차감',
	막히: '차단',
	막혔: '차단',
	막힌: '차단',
	막혀: '차단',
	풀리: '해제',
	풀려: '해제',
	풀린: '해제',
	풀렸: '해제',
	들어오: '입금',
	들어와: '입금',
	들어온: '입금',
	들어왔: '입금',
	멈추: '중단',
	멈춰: '중단',
	멈춘: '중단',
	멈췄: '중단',
	나누: '분할',
	나눠: '분할',
	나눠서: '분할',
	나눈: '분할',
	끊으: '해지',
	끊어: '해지',
	늦게: '지연',
	늦어: '지연',
	// Not a verb: the commonest misspelling of 결제, which the seed guide writes too (결재 대행사).
	결재: '결제',
};

/**
 * Words the articles use for the same thing as a word merchants type, searched beside it: the articles
 * title a list of PGs 결제대행사, merchants ask which PG사.
 */
export const SAME_AS: Readonly<Record<string, readonly string[]>> = {
	pg사: ['결제대행사'],
	결제대행사: ['pg사'],
	환불: ['취소'],
	예전: ['과거'],
	// Merchants say 홈페이지 where the articles say 사이트 (사이트 하단에 사업자 정보).
	홈페이지: ['사이트'],
	옛날: ['과거'],
	// Devices and apps by the names people call them, where the articles name the system (Mac OS, iOS).
	맥북: ['mac'],
	아이폰: ['ios'],
	카톡: ['카카오톡'],
};
