import { describe, expect, it } from 'vitest';
import { markTokens } from '../../../src/lib/korean/index-tokens';
import { compact } from '../../../src/lib/korean/text';
import { excerptAround, hasTerm, highlight, rankSections, sectionShare, sectionShares, sectionText, titleCoverage } from '../../../src/lib/search/results';

const content = [
	'KG이니시스 상세 계약절차.',
	'계약완료.',
	'일반 결제의 경우 바로 오픈 서비스가 가능하므로 계약만 완료되면 바로 사용 가능합니다. 바로 오픈 특성상 할부는 불가합니다.',
	markTokens(['약완료', '완료']),
	'정기결제.',
	'정기결제는 바로오픈 서비스가 적용되지 않습니다.',
].join(' ');
const words = (text: string) => text.split(/\s+/).length;
const anchors = [
	{ element: 'h1', id: '_top', location: 0 },
	{ element: 'h2', id: '계약완료', text: '계약완료', location: words('KG이니시스 상세 계약절차.') },
	{ element: 'h2', id: '정기결제', text: '정기결제', location: words(content.slice(0, content.indexOf('정기결제.'))) },
];
const page = { url: '/guide/', title: 'KG이니시스 상세 계약절차', content, anchors };

describe('search results', () => {
	it('requires terms regardless of spacing', () => {
		expect(hasTerm(compact('키 파일을 보내세요'), '키파일')).toBe(true);
		expect(hasTerm(compact('토스페이먼츠 계약'), '토스페이')).toBe(true);
		expect(hasTerm(compact('KG이니시스 계약'), '토스페이')).toBe(false);
		expect(hasTerm(compact('KG이니시스 ㅇㄴㅅㅅ'), 'ㅇㄴㅅㅅ')).toBe(true);
		expect(titleCoverage('포트원을 통한 결제 취소 방법', ['결제', '취소', '방법'])).toBe(1);
		expect(titleCoverage('취소된 거래 원복방법', ['결제', '취소', '방법'])).toBeCloseTo(2 / 3);
		// A title's date as the reader types it: [2024년04월] is 2024년4월.
		expect(titleCoverage('[2024년04월]서비스 이용약관 개정', ['2024년4월', '이용약관'])).toBe(1);
		expect(titleCoverage('[2024년8월] 서비스이용약관 개정', ['2024년4월', '이용약관'])).toBe(0.5);
	});

	it('tells how much of the query one section holds, with the page title and tags, other spellings and dates', () => {
		const notice = {
			url: '/notice/',
			title: '결제내역 오류 안내',
			content: '안내입니다. 조치 내용 발생시각 02/13 09시 Excel 다운로드 지연 참고사항 없음',
			anchors: [
				{ element: 'h2', id: '조치-내용', text: '조치 내용', location: 2 },
				{ element: 'h2', id: '참고사항', text: '참고사항', location: 9 },
			],
		};
		expect(sectionShare(notice, [['2월13일'], ['엑셀', 'excel'], ['결제내역']], notice.title)).toBe(1);
		expect(sectionShare(notice, [['2월13일'], ['엑셀'], ['참고사항']], '')).toBeCloseTo(1 / 3);
		expect(sectionShare(notice, [], '')).toBe(0);
	});

	it('tells how many of the query’s neighbouring words a section that answers writes side by side', () => {
		const page = (content: string) => ({ url: '/notes/', title: '업데이트', content, anchors: [{ element: 'h2', id: '참고', text: '참고', location: 8 }] });
		const words = [['kpn'], ['카드', 'card'], ['다이렉트', 'direct']];
		const pairShare = (...args: Parameters<typeof sectionShares>) => sectionShares(...args).pairs;
		expect(pairShare(page('소식. KPN 카드 다이렉트 결제를 지원합니다. 끝. 끝.'), words, '')).toBe(1);
		expect(pairShare(page('소식. KPN 카드 결제와 다이렉트 호출을 지원합니다.'), words, '')).toBe(0.5);
		expect(pairShare(page('소식. 카드 결제와 KPN 다이렉트 호출을 지원합니다.'), words, '')).toBe(0);
		// Side by side only in a section that does not answer (no KPN there): nothing.
		expect(pairShare(page('소식. KPN 카드 결제와 다이렉트 호출을 지원합니다. 참고 카드 다이렉트'), words, '')).toBe(0.5);
		expect(pairShare(page('KPN 카드 다이렉트'), [['kpn']], '')).toBe(0);
	});

	it('cuts a section’s real text, without index tokens', () => {
		const text = sectionText(content, anchors, anchors[1]!.location);
		expect(text).toMatch(/^계약완료\. 일반 결제의 경우/);
		expect(text).not.toContain('약완료 완료');
		expect(text).not.toContain('정기결제는');
	});

	it('picks the section that holds the words most, spacing aside', () => {
		const sections = rankSections({ ...page, sub_results: [{ url: '/guide/#정기결제', weighted_locations: [{ balanced_score: 5 }] }] }, ['바로오픈']);
		expect(sections.map((section) => section.url)).toEqual(['/guide/#계약완료', '/guide/#정기결제']);
		expect(sections[0]!.title).toBe('계약완료');
	});

	it('counts a word in a heading twice: that section is about it', () => {
		const guide = {
			url: '/cancel/',
			title: '원복 방법',
			content: '원복 방법. 가능기한. 취소 원복은 당일만. 헥토. 카드 취소 원복 취소 원복 요청은 15시까지.',
			anchors: [
				{ element: 'h2', id: '가능기한', text: '취소 원복 가능기한', location: 2 },
				{ element: 'h2', id: '헥토', text: '헥토', location: 6 },
			],
			sub_results: [],
		};
		expect(rankSections(guide, ['취소', '원복']).map((section) => section.url)[0]).toBe('/cancel/#가능기한');
	});

	it('counts a word that every section holds for less than one only the answer holds', () => {
		// 신청 is in every section, most in the first; 저장 only where the form can be saved.
		const guide = {
			url: '/apply/',
			title: '전자결제 신청방법',
			content: '전자결제 신청방법. 신청 메뉴 열기. 신청 메뉴를 누릅니다. 신청 신청. 정보 등록. 신청 중에 임시저장을 누르면 보관됩니다. 신청 제출. 신청서를 냅니다.',
			anchors: [
				{ element: 'h2', id: '메뉴', text: '신청 메뉴 열기', location: 2 },
				{ element: 'h2', id: '등록', text: '정보 등록', location: 10 },
				{ element: 'h2', id: '제출', text: '신청 제출', location: 17 },
			],
			sub_results: [],
		};
		expect(rankSections(guide, ['신청', '저장'])[0]!.url).toBe('/apply/#등록');
		// Alone, the common word still finds the section about it.
		expect(rankSections(guide, ['신청'])[0]!.url).toBe('/apply/#메뉴');
	});

	it('counts the kind of answer asked for as one more word, no more than the commonest word asked', () => {
		// `KSNET apiKey는 언제 받아요`: KSNET is in every section, apiKey in three; the last section says how long something else takes.
		const guide = {
			url: '/ksnet/',
			title: 'KSNET 계약',
			content: 'KSNET apiKey 계약. 계약완료. KSNET에서 MID와 apiKey를 받습니다. apiKey 확인. 채널. KSNET 채널에 apiKey를 넣습니다. 실결제. KSNET 계약부서가 2~3영업일 안에 알려 줍니다.',
			anchors: [
				{ element: 'h2', id: '계약완료', text: '계약완료', location: 3 },
				{ element: 'h2', id: '채널', text: '채널', location: 10 },
				{ element: 'h2', id: '실결제', text: '실결제', location: 15 },
			],
			sub_results: [],
		};
		const answer = /\d+~?\d*영업일/;
		expect(rankSections(guide, ['ksnet', 'apikey'], { answer })[0]!.url).toBe('/ksnet/#계약완료');
		// Asked of the common word alone, the section with the answer is the one.
		expect(rankSections(guide, ['ksnet'], { answer })[0]!.url).toBe('/ksnet/#실결제');
	});

	it('prefers the section headed by the named PG only on a page not about that PG', () => {
		const about = (title: string) => ({
			url: '/kicc/',
			title,
			content: '안내. KICC 계약 안내. 계약은 KICC와 합니다. 구비 서류. 사업자등록증 등 서류와 인감 서류.',
			anchors: [
				{ element: 'h2', id: '계약-안내', text: 'KICC 계약 안내', location: 1 },
				{ element: 'h2', id: '구비-서류', text: '구비 서류', location: 7 },
			],
			sub_results: [],
		});
		expect(rankSections(about('KICC 계약절차'), ['kicc', '서류'], { required: ['kicc'] })[0]!.url).toBe('/kicc/#구비-서류');
		expect(rankSections(about('PG사별 계약절차'), ['kicc', '서류'], { required: ['kicc'] })[0]!.url).toBe('/kicc/#계약-안내');
	});

	it('falls back to the page’s opening when only its search tags matched', () => {
		const sections = rankSections({ ...page, sub_results: [] }, ['이니시스계약절차']);
		expect(sections.map((section) => section.url)).toEqual(['/guide/']);
		expect(sections[0]!.text).toMatch(/^KG이니시스 상세 계약절차/);
	});

	it('makes the excerpt where the rarer words are, not at the first of a word the text has everywhere', () => {
		const chooser = `PG를 고르는 화면입니다. ${'PG마다 조건이 다릅니다. '.repeat(12)}위험 업종: 상품권, 미술품 판매, 유심 개통. ${'끝 문장입니다. '.repeat(12)}`;
		expect(excerptAround(chooser, ['pg', '미술품', '판매'], { length: 60 })).toContain('미술품 판매');
		// Once each in the text: the word on fewer pages decides.
		const once = `PG를 고르는 화면입니다. ${'조건이 다릅니다. '.repeat(12)}위험 업종: 상품권, 미술품. ${'끝 문장입니다. '.repeat(12)}`;
		expect(excerptAround(once, ['pg', '미술품'], { length: 60 })).toMatch(/^PG를/);
		expect(excerptAround(once, ['pg', '미술품'], { length: 60, weights: [0.1, 0.5] })).toContain('미술품');
		// As many words and as rare: the first place.
		expect(excerptAround(`${'가 '.repeat(40)}키파일 ${'나 '.repeat(40)}키파일`, ['키파일'], { length: 30 })).toMatch(/^…(가 )+키파일/);
	});

	it('makes an excerpt around the first query word and highlights every occurrence', () => {
		const long = `${'앞 문장입니다. '.repeat(20)}여기에 키파일이 있습니다. ${'뒤 문장입니다. '.repeat(20)}`;
		const excerpt = excerptAround(long, ['키파일'], { length: 60 });
		expect(excerpt.startsWith('…')).toBe(true);
		expect(excerpt).toContain('키파일');
		expect(highlight('KG이니시스의 키파일, 키파일', ['키파일', '이니시스'])).toEqual([
			{ text: 'KG', mark: false },
			{ text: '이니시스', mark: true },
			{ text: '의 ', mark: false },
			{ text: '키파일', mark: true },
			{ text: ', ', mark: false },
			{ text: '키파일', mark: true },
		]);
	});
});
