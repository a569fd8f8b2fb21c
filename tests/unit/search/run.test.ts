import { describe, expect, it } from 'vitest';
import { dateTokens } from '../../../src/lib/korean/date-tokens';
import { markTokens, textTokens } from '../../../src/lib/korean/index-tokens';
import { bigramPage, buildBigramIndex, scoreBigrams, shardOf } from '../../../src/lib/search/bigram-index';
import { parseQuery } from '../../../src/lib/korean/query';
import { PG_FILTER, PHRASE_SEPARATOR, SEARCH_TAGS_META, TERM_FILTER, termFilterValue, type PageFragment } from '../../../src/lib/search/contract';
import { glossaryMatcher } from '../../../src/lib/search/term-question';
import { exactShare, neutralFirst, rankByContentWords, runQuery, wordWeight, type EngineResult, type SearchEngine } from '../../../src/lib/search/run';

/**
 * A search engine that behaves like Pagefind where it matters to the rules: a query's words must all be
 * in a page (in one of its words), scores grow with how often they are there, less and less (Pagefind's
 * BM25 saturates too), and a word found nowhere is answered with the pages of its first syllables
 * (Pagefind backs off the same way).
 */
interface FakePage {
	url: string;
	title: string;
	tags?: string[];
	/** The page's text as Pagefind gives it: headings are `## 제목` lines. */
	text: string;
	/** The one PG the page is about (its `PG_FILTER`), if any. */
	pg?: string;
	/** On the glossary page: each term's heading id and every name it goes by (its `TERM_FILTER`). */
	terms?: Record<string, string[]>;
	/** A page that picks among PGs (its `WHICH_PG_FILTER`): the chooser, the comparison. */
	picksPgs?: true;
}

/** `unsaved`: pages whose data cannot load, as offline when the page is not saved on the device. */
function fakeEngine(pages: FakePage[], vocabulary: string[] = [], unsaved = new Set<string>()) {
	const searched: string[] = [];
	const bigramsAsked: string[][] = [];
	const loaded = new Set<string>();
	// Dates are indexed as the tokens they make (2024.04.08 → 2024년4월, 4월8일), as our index does.
	const words = (page: FakePage) => {
		const text = `${page.title} ${(page.tags ?? []).join(' ')} ${page.text}`;
		return [...text.toLowerCase().split(/[^\p{L}\p{N}]+/u), ...dateTokens(text)];
	};
	const count = (page: FakePage, word: string) => words(page).filter((w) => w.includes(word)).length;
	const fragment = (page: FakePage): PageFragment => {
		const lines = page.text.split('\n');
		const content: string[] = [];
		const anchors: PageFragment['anchors'] = [{ element: 'h1', id: '_top', text: page.title, location: 0 }];
		for (const line of lines) {
			const heading = /^## (.+)$/.exec(line);
			if (heading) anchors.push({ element: 'h2', id: heading[1]!.replace(/\s+/g, '-'), text: heading[1]!, location: content.length });
			content.push(...(heading ? heading[1]! : line).split(/\s+/).filter(Boolean));
		}
		return {
			url: page.url,
			content: content.join(' '),
			meta: { title: page.title, [SEARCH_TAGS_META]: (page.tags ?? []).join(PHRASE_SEPARATOR) },
			filters: page.pg ? { [PG_FILTER]: [page.pg] } : page.terms ? { [TERM_FILTER]: Object.keys(page.terms) } : {},
			anchors,
			sub_results: [],
		};
	};
	const match = (query: string) => {
		const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
		return pages
			.map((page) => ({ page, counts: terms.map((term) => count(page, term)) }))
			.filter(({ counts }) => counts.every((n) => n > 0))
			.map(({ page, counts }) => ({ page, score: counts.reduce((sum, n) => sum + 1 + Math.log(n), 0) }));
	};
	const result = (page: FakePage, score: number): EngineResult => ({
		id: page.url,
		score,
		data: async () => {
			if (unsaved.has(page.url)) throw new Error(`${page.url} is not saved`);
			loaded.add(page.url);
			return fragment(page);
		},
	});
	const glossary = pages.find((page) => page.terms);
	// The bigram index as the build writes it, from the fragments as indexed: with the Korean tokens of their text.
	const indexed = (page: FakePage) => {
		const data = fragment(page);
		return { ...data, content: `${data.content} ${markTokens(textTokens(data.content))}` };
	};
	const bigramIndex = buildBigramIndex(pages.map((page) => bigramPage(page.url, indexed(page))));
	const engine: SearchEngine = {
		async search(query) {
			searched.push(query);
			let found = match(query);
			// Backoff: a word found nowhere is searched by its first syllables.
			for (let cut = 1; found.length === 0 && cut < 3 && query.length - cut >= 2; cut++) found = match(query.slice(0, -cut));
			return found.sort((a, b) => b.score - a.score).map(({ page, score }) => result(page, score));
		},
		vocabulary: async () => vocabulary,
		bigrams: async (bigrams) => {
			bigramsAsked.push(bigrams);
			return scoreBigrams(
				bigramIndex.pages,
				bigrams.map((bigram) => bigramIndex.shards[shardOf(bigram, bigramIndex.pages.shards)]![bigram]),
			);
		},
		onePgPages: async () => new Set(pages.filter((page) => page.pg).map((page) => page.url)),
		glossary: async () =>
			glossary && {
				matcher: glossaryMatcher(Object.entries(glossary.terms!).flatMap(([id, names]) => names.map((name) => termFilterValue(id, name)))),
				page: result(glossary, 1),
			},
		whichPgPages: async () => pages.filter((page) => page.picksPgs).map((page) => result(page, 1)),
	};
	return { engine, searched, loaded, bigramsAsked };
}

const CONTRACT: FakePage = {
	url: '/tosspayments-contract/',
	title: '토스페이먼츠 상세 계약절차',
	tags: ['토스페이먼츠 계약'],
	pg: '토스페이먼츠',
	text: '토스페이먼츠와 계약하는 절차입니다.\n## 계약진행\n3영업일 안에 계약 안내 메일이 옵니다. 구비서류를 준비합니다.\n## 카드사 심사 진행\n카드사 심사는 보통 2주 걸립니다. 카드사 심사는 카드사마다 다릅니다.',
};
const INICIS: FakePage = {
	url: '/inicis-contract/',
	title: 'KG이니시스 상세 계약절차',
	tags: ['이니시스 계약절차'],
	pg: 'KG이니시스',
	text: 'KG이니시스와 계약하는 절차입니다. 계약 계약 계약.\n## 카드사 심사 진행\n카드사 심사를 요청합니다.',
};
const DOCUMENTS: FakePage = {
	url: '/documents/',
	title: '계약 진행',
	tags: ['구비서류', '수수료'],
	text: '계약 서류 안내입니다.\n## 계약서 및 구비서류 작성\n서류는 우편으로 발송하거나 전자계약으로 올립니다. 서류 서류.',
};
const FEES: FakePage = {
	url: '/fees/',
	title: '정산 안내',
	tags: ['수수료율', '수수료정산', '수수료인하', '수수료면제'],
	text: '정산 주기를 안내합니다. 토스페이먼츠 수수료.',
};
const PAGES = [CONTRACT, INICIS, DOCUMENTS, FEES];

const urls = async (query: string, pages = PAGES, vocabulary: string[] = []) => {
	const { engine } = fakeEngine(pages, vocabulary);
	const run = await runQuery(engine, parseQuery(query), 6);
	return run.hits.map((hit) => hit.url);
};

describe('ranking rules', () => {
	it('weighs a word by how few pages have it', () => {
		expect(wordWeight(1)).toBe(1);
		expect(wordWeight(3)).toBeGreaterThan(wordWeight(30));
	});

	it('ranks a page with every content word above pages with some, and keeps those with some', () => {
		const ranked = rankByContentWords([
			{ weight: 1, results: [{ id: 'both', score: 1 }, { id: 'first', score: 5 }] },
			{ weight: 1, results: [{ id: 'both', score: 1 }, { id: 'second', score: 5 }] },
		]);
		expect(ranked[0]!.id).toBe('both');
		expect(ranked.map(({ id }) => id).sort()).toEqual(['both', 'first', 'second']);
	});

	it('lets the more telling word decide between pages that hold one word each', () => {
		const ranked = rankByContentWords([
			{ weight: wordWeight(40), results: [{ id: 'common', score: 1 }] },
			{ weight: wordWeight(2), results: [{ id: 'rare', score: 1 }] },
		]);
		expect(ranked.map(({ id }) => id)).toEqual(['rare', 'common']);
	});

	it('ranks a page holding more of the words above one holding a rarer word alone', () => {
		// Two words on 40 pages each against one on 3: by weight alone the rare word's page would lead.
		const ranked = rankByContentWords([
			{ weight: wordWeight(40), results: [{ id: 'settlement', score: 1 }] },
			{ weight: wordWeight(40), results: [{ id: 'settlement', score: 1 }] },
			{ weight: wordWeight(3), results: [{ id: 'money', score: 1 }] },
		]);
		expect(ranked.map(({ id }) => id)).toEqual(['settlement', 'money']);
	});

	it("weighs a verb's stem below a noun on as many pages", async () => {
		// Each word is on one page: as words they would tie, and the page of the word typed first would lead.
		const pages = [
			{ url: '/verb/', title: '메일 안내', text: '메일을 보내나요' },
			{ url: '/noun/', title: '접수 안내', text: '서류 제출 방법' },
		];
		expect(await urls('보내나요 서류', pages)).toEqual(['/noun/', '/verb/']);
	});

	it('puts the page whose answering section writes the words side by side first, when both hold them all', async () => {
		// The other page holds KPN once more: without the rule it comes first.
		const pages = [
			{ url: '/april/', title: '4월 업데이트', text: 'KPN 다이렉트 호출을 지원합니다. 카드 결제도 됩니다. KPN.' },
			{ url: '/july/', title: '7월 업데이트', text: 'KPN 카드 다이렉트 결제를 지원합니다.' },
		];
		expect((await urls('kpn card direct', pages))[0]).toBe('/july/');
	});

	it('counts a title or tag equal to the query, not one that only starts with it', () => {
		expect(exactShare(['계약 진행', '수수료'], ['수수료'])).toBe(1);
		expect(exactShare(['수수료율', '수수료 정산'], ['수수료'])).toBe(0);
		expect(exactShare(['수수료'], ['토스', '수수료'])).toBe(0.25);
		// A question: the tag equals its content word, not all the reader typed.
		expect(exactShare(['결제취소'], ['결제취소'], ['언제까지', '되나요'])).toBeCloseTo(1 / 3);
	});
});

describe('pages about no single PG first when the query names none', () => {
	const ids = (items: { id: string }[]) => items.map(({ id }) => id);
	const about = (id: string) => id.startsWith('pg');
	const asWell = (general: { words: number }, onePg: { words: number }) => general.words >= onePg.words;

	it('moves a general page above the PG pages holding no more of the words, and no further', () => {
		const ranked = [
			{ id: 'pg-more', words: 3 },
			{ id: 'pg-same', words: 2 },
			{ id: 'pg-fewer', words: 1 },
			{ id: 'general', words: 2 },
			{ id: 'pg-last', words: 2 },
		];
		expect(ids(neutralFirst(ranked, ({ id }) => about(id), asWell))).toEqual(['pg-more', 'general', 'pg-same', 'pg-fewer', 'pg-last']);
	});

	it('keeps the order among general pages, and among PG pages', () => {
		const ranked = [
			{ id: 'pg-a', words: 1 },
			{ id: 'general-a', words: 1 },
			{ id: 'pg-b', words: 1 },
			{ id: 'general-b', words: 1 },
		];
		expect(ids(neutralFirst(ranked, ({ id }) => about(id), asWell))).toEqual(['general-a', 'general-b', 'pg-a', 'pg-b']);
	});

	// Every PG's guide has a 신청 전 준비 section that says what the site needs, each more often than the general page.
	const requirements: FakePage = {
		url: '/service-requirements/',
		title: '서비스 필수 구축요건',
		text: '심사 전에 갖출 것.\n## 사업자 정보 표시\n사이트 하단에 사업자 정보를 적습니다.',
	};
	const pgGuide = (slug: string, name: string): FakePage => ({
		url: `/${slug}-contract/`,
		title: `${slug === 'kpn' ? '' : `${name} `}상세 계약절차`,
		text: `${name}와 계약합니다.\n## 신청 전 준비: 하단 사업자 정보\n사이트 하단 사업자 정보. 하단 하단 사업자 정보 사업자 정보.`,
		pg: name,
	});
	const pages = [pgGuide('kpn', '한국결제네트웍스'), pgGuide('paypal', '페이팔'), requirements];

	it('answers a question that names no PG with the general page before the PG guides that hold the same words', async () => {
		expect((await urls('사이트 하단에 사업자 정보 뭐 넣어야 돼요', pages))[0]).toBe('/service-requirements/#사업자-정보-표시');
		// Without the rule the PG guides, holding the words more often, come first.
		expect((await urls('사이트 하단에 사업자 정보 뭐 넣어야 돼요', pages.map((page) => ({ ...page, pg: page.pg ?? '다날' }))))[0]).not.toMatch(/service-requirements/);
	});

	it('puts the general page first when the pages of five PGs or more answer better: the words are every PG’s procedure', async () => {
		const application: FakePage = { url: '/pg-application/', title: '전자결제 신청방법', text: '신청합니다.\n## 최종 확인 후 제출\n신청서를 제출하면 결제대행사에 전달됩니다.' };
		// Each PG's guide has a 가입신청서 제출 section holding more of the words.
		const submit = (slug: string, name: string): FakePage => ({
			url: `/${slug}-contract/`,
			title: `${name} 상세 계약절차`,
			pg: name,
			text: `${name}와 계약합니다.\n## 가입신청서 제출\n제출 버튼을 누르면 바로 ${name} PG사로 넘어갑니다. 제출 제출.`,
		});
		const guides = [submit('kcp', 'NHN KCP'), submit('kicc', 'KICC'), submit('ksnet', 'KSNET'), submit('danal', '다날'), submit('payco', '페이코')];
		const query = '제출하기 누르면 바로 PG사로 넘어가요?';
		expect((await urls(query, [...guides, application]))[0]).toMatch(/^\/pg-application\//);
		// Four PGs: their own words still.
		expect((await urls(query, [...guides.slice(0, 4), application]))[0]).not.toMatch(/^\/pg-application\//);
	});

	it('loads the best general page the words rank below the first batch when every PG’s pages answer, if it answers as large a share', async () => {
		// Nine PGs' guides, more than a batch, each holding every word somewhere and four of five in its 가입신청서 제출 section.
		const submit = (name: string): FakePage => ({
			url: `/${name}-contract/`,
			title: `${name} 상세 계약절차`,
			pg: name,
			text: `${name}와 계약합니다.\n## 가입신청서 제출\n제출 버튼을 누르면 ${name} PG사로 넘어갑니다. 제출 제출 제출.\n## 바로오픈\n바로 결제를 받습니다.`,
		});
		const guides = ['가', '나', '다', '라', '마', '바', '사', '아', '자'].map((name) => submit(`${name}페이`));
		const application = (text: string): FakePage => ({ url: '/pg-application/', title: '전자결제 신청방법', text: `신청합니다.\n## 최종 확인 후 제출\n${text}` });
		const query = '제출하기 누르면 바로 PG사로 넘어가요?';
		const answers = application('제출을 누르면 결제대행사로 넘어갑니다.');
		expect((await urls(query, [...guides, answers]))[0]).toMatch(/^\/pg-application\//);
		// Holding less of the words in one place than any PG's guide, it is not loaded ahead of them.
		expect((await urls(query, [...guides, application('제출을 누르면 됩니다.')]))[0]).not.toMatch(/^\/pg-application\//);
	});

	it("keeps a named PG's pages first, and says whose a PG guide is when its title does not", async () => {
		expect((await urls('페이팔 하단 사업자 정보', pages))[0]).toMatch(/^\/paypal-contract\//);
		const run = await runQuery(fakeEngine(pages).engine, parseQuery('하단 사업자 정보'), 6);
		expect(run.hits[0]!.url).toMatch(/^\/service-requirements\//);
		expect(Object.fromEntries(run.hits.map((hit) => [hit.url.split('#')[0], hit.pg]))).toEqual({
			'/service-requirements/': undefined,
			'/kpn-contract/': '한국결제네트웍스',
			'/paypal-contract/': undefined,
		});
	});
});

describe('a query that names a PG', () => {
	// NICE's guide names 페이코 among the 간편결제 it adds, with as many of the words in that section as 페이코's own guide has
	// in one, and more of them on the page.
	const nice: FakePage = {
		url: '/nice-contract/',
		title: '나이스정보통신 상세 계약절차',
		pg: '나이스정보통신',
		text: '나이스정보통신과 계약합니다.\n## 간편결제 추가계약\n페이코 계약은 3일 걸리고 메일로 옵니다. 페이코 페이코 계약 계약 메일 3일.\n## 정산\n한도를 넘게 결제하면 정산이 늦습니다.',
	};
	const payco = (text: string): FakePage => ({ url: '/payco-contract/', title: '페이코 상세 계약절차', pg: '페이코', text: `페이코와 계약합니다.\n## 계약 안내\n${text}` });

	it('puts the named PG’s guide before another PG’s page that mentions it, when it answers as well', async () => {
		expect((await urls('페이코 계약 메일 3일 넘게 안 와요', [nice, payco('계약 메일은 3일 안에 옵니다.')]))[0]).toMatch(/^\/payco-contract\//);
		// Answering less in one place, and holding fewer of the words, the named PG's guide stays below.
		expect((await urls('페이코 계약 메일 3일 넘게 안 와요', [nice, payco('담당자가 연락합니다.')]))[0]).toMatch(/^\/nice-contract\//);
	});
});

describe('a question that asks what a term is', () => {
	const glossary: FakePage = {
		url: '/glossary/',
		title: 'PG 계약 용어 풀이',
		text: '계약에 나오는 말을 풀었습니다.\n## MID\n결제대행사가 가맹점에 내주는 번호입니다. 같은 말: 상점아이디. 사이트코드: NHN KCP\n## 바로오픈\n카드사 심사 전에 결제를 먼저 받습니다.',
		terms: { MID: ['MID', '상점아이디', '사이트코드'], 바로오픈: ['바로오픈', '미리오픈'] },
	};
	// A PG's guide that uses the words more often than the glossary does: without the rule it comes first.
	const kcp: FakePage = {
		url: '/nhn-kcp-contract/',
		title: 'NHN KCP 상세 계약절차',
		pg: 'NHN KCP',
		text: '계약합니다.\n## 테스트 MID\n테스트 MID 사이트코드 사이트코드 MID MID 바로오픈 바로오픈 바로오픈.',
	};
	const pages = [kcp, glossary];
	const first = async (query: string) => (await runQuery(fakeEngine(pages).engine, parseQuery(query), 6)).hits[0]!;

	it.each(['MID가 뭐예요', 'MID란?', 'mid 뜻', '상점 아이디가 뭔가요', '사이트코드', '바로오픈이란', '미리오픈 의미'])('%s → the glossary entry, its definition as the excerpt', async (query) => {
		const hit = await first(query);
		expect(hit.url).toMatch(/^\/glossary\/#(MID|바로오픈)$/);
		expect(hit.excerpt).toMatch(/^(결제대행사가 가맹점에|카드사 심사 전에)/);
	});

	it('takes the entry the name belongs to', async () => {
		expect((await first('사이트코드')).url).toBe('/glossary/#MID');
		expect((await first('미리오픈 의미')).url).toBe('/glossary/#바로오픈');
	});

	it('is not a term question when more is asked, or a PG is named', async () => {
		expect((await first('테스트 MID 사이트코드')).url).toMatch(/^\/nhn-kcp-contract\//);
		expect((await first('KCP MID가 뭐예요')).url).toMatch(/^\/nhn-kcp-contract\//);
	});

	it('comes before the guides of PGs that answer no better when no PG is named, after a general guide that answers as well', async () => {
		// Two PGs' guides use the words (they are no one PG's own), more often than the glossary does.
		const kicc: FakePage = { ...kcp, url: '/kicc-contract/', title: 'KICC 상세 계약절차', pg: 'KICC' };
		const general: FakePage = { url: '/pg-application/', title: '전자결제 신청방법', text: '신청합니다.\n## 바로오픈\nMID를 받기 전에 바로오픈을 신청합니다.' };
		const pagesOf = async (query: string, pages: FakePage[]) => (await runQuery(fakeEngine(pages).engine, parseQuery(query), 6)).hits.map(({ url }) => url.replace(/#.*/, ''));
		expect((await pagesOf('MID 바로오픈', [kcp, kicc, glossary]))[0]).toBe('/glossary/');
		expect((await pagesOf('MID 바로오픈', [kcp, kicc, glossary, general])).slice(0, 2)).toEqual(['/pg-application/', '/glossary/']);
		// A PG named: its guide first.
		expect((await pagesOf('KCP MID 바로오픈', [kcp, kicc, glossary, general]))[0]).toBe('/nhn-kcp-contract/');
	});

	it('yields to a page that answers as well when the question is not what a term is', async () => {
		// It says how long in passing; the entry holds the words more often, in its heading too.
		const review: FakePage = {
			url: '/requirements/',
			title: '서비스 구축요건',
			text: '요건.\n## 사이트 준비\n상품과 가격을 올려 둡니다. 카드사 심사 기간은 보통 2주입니다.',
		};
		const entry: FakePage = { ...glossary, text: `${glossary.text}\n## 카드사 심사 기간\n카드사 심사 카드사 심사 카드사 심사: 카드사가 가맹점을 보는 일. 카드사 심사 기간은 카드사마다 다름.`, terms: { ...glossary.terms, 심사: ['카드사 심사'] } };
		const firstOf = async (pages: FakePage[]) => (await runQuery(fakeEngine(pages).engine, parseQuery('카드사 심사 기간'), 6)).hits[0]!.url;
		expect(await firstOf([entry, review])).toMatch(/^\/requirements\//);
		// One PG's page is not the general rule: with no PG named, it does not pass the entry.
		expect(await firstOf([entry, { ...review, url: '/kcp-contract/', pg: 'NHN KCP' }])).toMatch(/^\/glossary\//);
		// The same page as an ordinary page: its words, more often, put it first.
		expect(await firstOf([{ ...entry, terms: undefined }, review])).toMatch(/^\/glossary\//);
	});

	it('is not passed by a general page that holds fewer of the query’s words, however large a share one section holds', async () => {
		// 에스크로 is in no section of the guide: its section on 가입 holds as large a share as the entry, not the word asked about.
		const escrow: FakePage = {
			...glossary,
			text: `${glossary.text}\n## 에스크로\n현금성 결제수단을 받으면 의무로 가입합니다.\n## 카드사 심사\n카드사가 봅니다.`,
			terms: { ...glossary.terms, 에스크로: ['에스크로'] },
		};
		const application: FakePage = { url: '/pg-application/', title: '전자결제 신청방법', text: '신청합니다.\n## 가입 신청\n카드 결제를 받으려면 가입을 신청합니다. 가입 가입 카드 결제.' };
		const firstOf = async (query: string) => (await runQuery(fakeEngine([escrow, application]).engine, parseQuery(query), 6)).hits[0]!.url;
		expect(await firstOf('카드 결제만 받아도 에스크로 가입해야 돼요')).toMatch(/^\/glossary\//);
		// Without the word the entry is about, the guide holds as many words and passes it.
		expect(await firstOf('카드 결제만 받아도 가입해야 돼요')).toMatch(/^\/pg-application\//);
	});

	it('is not passed by a general page whose title says less of the query than the glossary’s own title', async () => {
		// The comparison points to the glossary by name: as many words, but its title holds fewer of them.
		const compare: FakePage = { url: '/compare/', title: 'PG 계약 한눈에 비교', text: 'PG 계약을 나란히 봅니다. 낯선 용어는 PG 계약 용어 풀이를 보세요.' };
		// The glossary's words rank it first; the rule that lets a general page that answers as well pass it must not.
		const terms = { ...glossary, text: `PG 계약 용어를 풀었습니다. 계약 용어 계약 용어.${glossary.text}` };
		const firstOf = async (query: string) => (await runQuery(fakeEngine([compare, terms]).engine, parseQuery(query), 6)).hits[0]!.url;
		expect(await firstOf('pg 계약 용어 정리')).toMatch(/^\/glossary\//);
		expect(await firstOf('pg 계약 비교 용어')).toMatch(/^\/compare\//);
	});

	it('puts the entry of the term asked about first when it holds the whole question, before the pickers too', async () => {
		const names: FakePage = { ...glossary, text: glossary.text.replace('같은 말', '결제대행사마다 부르는 이름이 다릅니다. 같은 말') };
		// One PG's channel setup holds the words more often; the chooser goes first for a question about every PG.
		const setup: FakePage = { url: '/inicis-channel/', title: 'KG이니시스 채널설정방법', pg: 'KG이니시스', text: '설정.\n## 실연동\nMID 이름 MID 이름: 결제대행사 MID 이름 결제대행사.' };
		const chooser: FakePage = { url: '/choose/', title: '결제대행사 고르기', picksPgs: true, text: '맞는 결제대행사를 골라 줍니다. MID는 계약 뒤에 받습니다.' };
		const firstOf = async (query: string, pages: FakePage[]) => (await runQuery(fakeEngine(pages).engine, parseQuery(query), 6)).hits[0]!;
		const hit = await firstOf('MID를 결제대행사마다 다른 이름으로 부르나요', [setup, chooser, names]);
		expect(hit.url).toBe('/glossary/#MID');
		expect(hit.excerpt).toMatch(/^결제대행사가 가맹점에/);
		// The entry holds the words itself: PG in the glossary's title does not make 바로오픈's entry say which PG.
		expect((await firstOf('바로오픈 결제 되는 pg 어디예요', [setup, chooser, names])).url).toBe('/choose/');
		// A word no page has (궁금) asks nothing of the entry.
		expect((await firstOf('MID를 결제대행사마다 다른 이름으로 부르는지 궁금', [setup, chooser, names])).url).toBe('/glossary/#MID');
		// A page about no single PG that holds every word in one section answers as well: the entry does not jump it.
		const general: FakePage = { url: '/pg-application/', title: '전자결제 신청방법', text: '신청합니다.\n## MID 이름\n결제대행사마다 MID 이름이 다릅니다. MID 이름 MID.' };
		expect((await firstOf('MID를 결제대행사마다 다른 이름으로 부르나요', [setup, general, names])).url).not.toMatch(/^\/glossary\//);
		// The words whole in another term's entry (바로오픈's holds MID and 카드사 심사 here) are not a question about MID.
		const other: FakePage = { ...names, text: names.text.replace('결제를 먼저 받습니다', 'MID로 결제를 먼저 받습니다') };
		expect((await firstOf('결제대행사마다 MID 카드사 심사 달라요', [setup, chooser, other])).url).toBe('/choose/');
	});

	it('answers a question that asks what a thing is called with the glossary entry that describes it', async () => {
		const billing: FakePage = { ...glossary, text: `${glossary.text}\n## 빌링\n결제할 때마다 구매자 인증을 거치지 않는 결제입니다.`, terms: { ...glossary.terms, 빌링: ['빌링'] } };
		// A guide holds 결제 and 인증 more often, in a heading too.
		const guide: FakePage = { url: '/pg-application/', title: '전자결제 신청방법', text: '신청합니다.\n## 결제 인증\n결제 인증 결제 인증 결제 인증을 고릅니다.' };
		const firstOf = async (query: string) => (await runQuery(fakeEngine([guide, billing]).engine, parseQuery(query), 6)).hits[0]!.url;
		expect(await firstOf('결제할때마다 인증 안하는 결재를 뭐라고 불러요')).toBe('/glossary/#빌링');
		expect(await firstOf('결제할때마다 인증 안하는 결제')).toMatch(/^\/pg-application\//);
	});

	it('without the glossary in the index (offline, not saved), ranks as before', async () => {
		const { engine } = fakeEngine(pages);
		const run = await runQuery({ ...engine, glossary: async () => undefined }, parseQuery('MID가 뭐예요'), 6);
		expect(run.hits[0]!.url).toMatch(/^\/nhn-kcp-contract\//);
	});
});

describe('a question that asks which PG to use', () => {
	const chooser: FakePage = {
		url: '/choose/',
		title: '결제대행사 고르기',
		picksPgs: true,
		text: '몇 가지에 답하면 맞는 결제대행사를 골라 줍니다. 해외카드, 업종을 함께 봅니다.',
	};
	const compare: FakePage = { url: '/compare/', title: 'PG 계약 한눈에 비교', tags: ['정기결제'], picksPgs: true, text: '결제대행사를 나란히 봅니다.' };
	// One PG's guide that says more about the words than the chooser's intro does: without the rule it comes first.
	const kcp: FakePage = {
		url: '/nhn-kcp-contract/',
		title: 'NHN KCP 상세 계약절차',
		pg: 'NHN KCP',
		text: '계약합니다.\n## 해외카드 특약\n해외카드 해외카드 해외카드를 받으려면 특약을 맺습니다. 정기결제 정기결제 pg.',
	};
	const application: FakePage = { url: '/pg-application/', title: 'PG 가입신청', text: 'PG 가입신청은 관리자콘솔에서 합니다.\n## 신청 메뉴\nPG 가입신청 메뉴를 엽니다.' };
	const pages = [kcp, application, chooser, compare];
	const firstTwo = async (query: string, engine = fakeEngine(pages).engine) => (await runQuery(engine, parseQuery(query), 6)).hits.slice(0, 2).map(({ url }) => url);
	const first = async (query: string, engine = fakeEngine(pages).engine) => (await firstTwo(query, engine))[0];

	it('puts the chooser and the comparison first, the one whose words answer better before the other', async () => {
		expect(await firstTwo('해외카드 받으려면 어떤 pg 써야 돼요')).toEqual(['/choose/', '/compare/']);
		expect(await firstTwo('정기결제 되는 PG')).toEqual(['/compare/', '/choose/']);
	});

	it('leaves a page about no single PG that the words rank first where it is, not one PG’s page', async () => {
		const list: FakePage = {
			url: '/pg-list/',
			title: '해외카드 받으려면: 해외카드 지원 결제대행사 목록',
			text: '해외카드를 받으려면 이 결제대행사를 씁니다. 해외카드 해외카드 해외카드 해외카드 해외카드 받으려면 pg pg pg.',
		};
		const query = '해외카드 받으려면 어떤 pg 써야 돼요';
		expect(await firstTwo(query, fakeEngine([...pages, list]).engine)).toEqual(['/pg-list/', '/choose/']);
		expect(await firstTwo(query, fakeEngine([...pages, { ...list, pg: 'NHN KCP' }]).engine)).toEqual(['/choose/', '/compare/']);
	});

	it('puts the pickers above a general guide that says how to apply for a way of paying but names no PG that offers it', async () => {
		const guide: FakePage = {
			url: '/pg-application/',
			title: '전자결제 신청방법',
			text: '신청합니다.\n## 결제수단 고르기\n가상계좌 가상계좌 가상계좌를 쓰려면 신청서에서 결제대행사(PG)와 결제수단을 고릅니다.',
		};
		// The comparison lists each PG's 가상계좌 fee, as /compare/'s intro says.
		const fees = { ...compare, text: `${compare.text} 결제수단별(카드·가상계좌) 수수료가 있습니다.` };
		const query = '가상계좌 되는 pg 어디 있어요';
		expect(await first(query, fakeEngine([guide, chooser, fees]).engine)).toBe('/compare/');
		// A page listing the PGs that offer it answers which PG itself: it keeps its place, the guide still goes below the pickers.
		const list: FakePage = {
			url: '/virtual-account-pgs/',
			title: '가상계좌 되는 PG',
			text: '가상계좌를 받는 결제대행사(PG)는 KG이니시스, 나이스페이, 토스페이먼츠입니다. 가상계좌 가상계좌.',
		};
		expect(await firstTwo(query, fakeEngine([guide, list, chooser, fees]).engine)).toEqual(['/virtual-account-pgs/', '/compare/']);
		// Two PGs are an example, not a list.
		const unnamed = { ...list, text: list.text.replace(/KG이니시스.*입니다/, 'KG이니시스와 나이스페이를 비롯해 여러 곳입니다') };
		expect(await firstTwo(query, fakeEngine([guide, unnamed, chooser, fees]).engine)).toEqual(['/compare/', '/choose/']);
	});

	it('leaves a general page first when the question asks more than which PG, and the pickers hold at most half its words', async () => {
		const advice: FakePage = {
			url: '/consulting/',
			title: '계약 전 상담',
			text: '계약 전에 담당 매니저가 어느 PG와 결제수단이 맞는지 상담해 드립니다. 매니저 상담 신청은 관리자콘솔에서 합니다.',
		};
		const pickers = [{ ...chooser, text: `${chooser.text} 어느 PG가 맞는지 결제수단과 계약 조건으로 봅니다.` }, compare];
		expect(await first('어느 PG랑 결제수단을 쓸지 계약 전에 담당 매니저한테 상담받을 수 있어요?', fakeEngine([advice, ...pickers]).engine)).toBe('/consulting/');
		expect(await first('결제수단 되는 PG 있어요?', fakeEngine([advice, ...pickers]).engine)).toBe('/choose/');
	});

	it('is not the chooser when a PG is named, or the question asks something else of a PG', async () => {
		expect(await first('KCP 해외카드 되는 PG')).toMatch(/^\/nhn-kcp-contract\//);
		expect(await first('PG 가입신청 어디서 해요')).toMatch(/^\/pg-application\//);
	});

	it('without the chooser in the index (offline, not saved), ranks as before', async () => {
		const { engine } = fakeEngine(pages);
		expect(await first('해외카드 받으려면 어떤 pg 써야 돼요', { ...engine, whichPgPages: async () => [] })).toMatch(/^\/nhn-kcp-contract\//);
	});
});

describe('a query run with a fake engine', () => {
	it('searches content words only: a question finds what its keywords find', async () => {
		const { engine, searched } = fakeEngine(PAGES);
		const run = await runQuery(engine, parseQuery('토스페이먼츠 계약하려면 어떻게 해요'), 6);
		expect(run.hits[0]?.url).toMatch(/^\/tosspayments-contract\//);
		expect(searched.some((query) => /어떻게|해요|하려면/.test(query))).toBe(false);
	});

	it('never comes back empty while a content word is in the index', async () => {
		// No page has both 서류 and 보내: the page with 서류 still answers.
		expect((await urls('서류는 어디로 보내나요'))[0]).toMatch(/^\/documents\//);
	});

	it('ranks an exact search tag above pages whose tags only start with the word', async () => {
		expect((await urls('수수료'))[0]).toBe('/documents/');
	});

	it('links to the section that holds every content word, a number and unit included', async () => {
		const [hit] = (await runQuery(fakeEngine(PAGES).engine, parseQuery('토스페이먼츠 카드사 심사 2주'), 6)).hits;
		expect(hit?.url).toBe('/tosspayments-contract/#카드사-심사-진행');
		expect(hit?.excerpt).toContain('2주');
	});

	it('keeps a named PG: another PG’s page is not an answer, and an unknown PG finds nothing', async () => {
		expect(await urls('이니시스 카드사 심사')).toEqual(['/inicis-contract/#카드사-심사-진행']);
		expect(await urls('페이팔 계약')).toEqual([]);
	});

	it('corrects a word the index does not know to the nearest vocabulary word, and says so', async () => {
		const { engine } = fakeEngine(PAGES, ['계약', '토스페이먼츠', '카드사']);
		const run = await runQuery(engine, parseQuery('토스페이먼추 계약'), 6);
		expect(run.corrections).toEqual([{ from: '토스페이먼추', to: '토스페이먼츠' }]);
		expect(run.terms).toContain('토스페이먼츠');
		expect(run.hits[0]?.url).toMatch(/^\/tosspayments-contract\//);
	});

	it('offline, leaves out pages whose data is not saved, and still tells a typo from a known word', async () => {
		const { engine } = fakeEngine(PAGES, ['토스페이먼츠'], new Set(['/tosspayments-contract/']));
		const run = await runQuery(engine, parseQuery('토스페이먼추'), 6);
		expect(run.corrections).toEqual([{ from: '토스페이먼추', to: '토스페이먼츠' }]);
		expect(run.hits.map((hit) => hit.url)).not.toContainEqual(expect.stringMatching(/^\/tosspayments-contract\//));
		expect(run.hits.length).toBeGreaterThan(0);
	});

	it('takes a PG name as a name, not a typo: an unknown PG is not corrected into a near word', async () => {
		// 페이레터 is a PG no page here is about; 페이센터, one letter away, is a word of the index.
		const pages = [...PAGES, { url: '/pay-center/', title: '페이센터 안내', text: '계약 페이센터' }];
		expect((await urls('페이센터 계약', pages))[0]).toBe('/pay-center/');
		expect(await urls('페이레터 계약', pages, ['페이센터'])).toEqual([]);
	});

	it('never replaces a word the parser understood: 내요 is 내다, not a typo of 내용', async () => {
		const { engine } = fakeEngine(PAGES, ['내용', '서류']);
		const run = await runQuery(engine, parseQuery('서류 뭐 내요'), 6);
		expect(run.corrections).toEqual([]);
		expect(run.terms).toEqual(['서류']);
		expect(run.hits[0]?.url).toMatch(/^\/documents\//);
	});

	it("does not correct the articles' word for an English or everyday word when the index lacks it", async () => {
		// fee is 수수료 and 바꾸 is 변경; the index has neither, only 수수로 and 변견, one jamo off, which are not what was meant.
		const near: FakePage = { url: '/near/', title: '기타', text: '수수로 변견' };
		const pages = [...PAGES.map((page) => ({ ...page, text: page.text.replace(/수수료/g, '요금'), tags: page.tags?.filter((tag) => !tag.includes('수수료')) })), near];
		for (const query of ['fee', '바꾸고 싶어요']) {
			const { engine } = fakeEngine(pages, ['수수로', '변견']);
			const run = await runQuery(engine, parseQuery(query), 6);
			expect(run.corrections).toEqual([]);
		}
	});

	it('searches the word as typed when asked not to correct', async () => {
		const { engine } = fakeEngine(PAGES, ['토스페이먼츠']);
		const run = await runQuery(engine, parseQuery('토스페이먼추'), 6, { correct: false });
		expect(run.corrections).toEqual([]);
		expect(run.hits).toEqual([]);
	});

	it('does not correct a word the index knows', async () => {
		const { engine } = fakeEngine(PAGES, ['계약서']);
		const run = await runQuery(engine, parseQuery('계약'), 6);
		expect(run.corrections).toEqual([]);
		expect(run.hits.length).toBeGreaterThan(0);
	});

	it('maps English content words to the Korean the pages use', async () => {
		expect((await urls('toss contract'))[0]).toMatch(/^\/tosspayments-contract\//);
		expect((await urls('contract documents'))[0]).toBe('/documents/#계약서-및-구비서류-작성');
	});

	it('reads words typed apart as the word written as one: 키 파일 is 키파일', async () => {
		const keyFile: FakePage = { url: '/key-file/', title: '채널 설정', text: '키파일을 메일로 받습니다. 키파일 전달.' };
		const upload: FakePage = { url: '/upload/', title: '키움페이 신청', text: '키움페이 신청 파일 업로드. 파일 파일 파일. 키움페이 키움페이.' };
		expect((await urls('키 파일', [upload, keyFile]))[0]).toBe('/key-file/');
	});

	it('does not read words as one word when a page only holds them as a phrase, spaces between', async () => {
		// Two PGs' guides say 추가 신청 in a row; the general guide says both words in its section, apart. The engine answers 추가신청,
		// which no page writes as one, with the pages of 추가.
		const pg: FakePage = { url: '/tosspay-contract/', title: '토스페이 상세 계약절차', pg: '토스페이', text: '계약합니다.\n## 더 받을 때\n상점아이디 추가 신청은 메일로 합니다. 추가 신청.' };
		const general: FakePage = { url: '/merchant-admin/', title: '상점관리자', text: '안내.\n## 상점아이디\n상점아이디를 더 받으려면 관리자에서 추가를 신청합니다.' };
		const other: FakePage = { ...pg, url: '/payco-contract/', title: '페이코 상세 계약절차', pg: '페이코' };
		expect((await urls('추가 신청은 어디서 하나요', [pg, other, general]))[0]).toMatch(/^\/merchant-admin\//);
		// Written as one, it is one word (키 파일 is 키파일), and the general guide does not hold it.
		const asOne = (page: FakePage) => ({ ...page, text: page.text.replaceAll('추가 신청', '추가신청') });
		expect((await urls('추가 신청은 어디서 하나요', [asOne(pg), asOne(other), general]))[0]).not.toMatch(/^\/merchant-admin\//);
	});

	it('ranks a page that answers in one section above one that mentions each word somewhere', async () => {
		const scattered: FakePage = {
			url: '/scattered/',
			title: '정산 안내',
			text: '엑셀 엑셀 엑셀 다운로드.\n## 정산 주기\n정산 정산 주기.\n## 카드 종류\n체크카드 체크카드 체크카드 안내.',
		};
		const release: FakePage = { url: '/release/', title: '릴리즈노트', text: '업데이트 목록.\n## 기타 수정사항\n엑셀 다운로드에 체크카드 여부가 나옵니다.' };
		expect((await urls('엑셀에 체크카드', [scattered, release]))[0]).toBe('/release/#기타-수정사항');
	});

	it('ranks a page holding more of the query’s syllables above one holding part of it more often', async () => {
		// No page has 환불계좌: the engine answers with the pages of 환불. The page on the refund account holds 계좌 too.
		const account: FakePage = { url: '/account/', title: '등록 안내', text: '환불 받을 계좌를 등록합니다. 계좌 확인. 계좌 변경.' };
		const refund: FakePage = { url: '/refund/', title: '취소 안내', text: '환불 기간. 환불 수수료.' };
		const { engine, bigramsAsked } = fakeEngine([refund, account]);
		const run = await runQuery(engine, parseQuery('환불계좌'), 6);
		expect(bigramsAsked).toEqual([['환불', '불계', '계좌']]);
		expect(run.hits.map((hit) => hit.url)).toEqual(['/account/', '/refund/']);
	});

	it('lets the date a reader typed pick the notice among notices that repeat their words each year', async () => {
		const notice = (url: string, title: string, text: string): FakePage => ({ url, title, text });
		const april = notice('/terms-2024-04/', '[2024년04월] 서비스 이용약관 개정 안내', '공고일 : 2024.04.08 시행일 : 2024.04.15 제 2조 용어의 정의');
		const august = notice('/terms-2024-08/', '[2024년8월] 서비스 이용약관 및 개인정보처리방침 개정 안내', '공지일 : 2024.08.02 시행일 : 2024.09.02 개정 조항은 아래와 같습니다');
		const privacy = notice('/privacy-2024-04/', '[2024년04월] 개인정보처리방침 개정 안내', '공지일 : 2024.04.05 시행일 : 2024.04.12');
		const releases = [8, 12, 19, 26].map((day) => notice(`/release-2024-04-${day}/`, `[릴리즈노트] 2024-04-${day} 업데이트`, '정산 기능 개정'));
		expect((await urls('24년 4월 이용약관 개정 조항', [august, april, privacy, ...releases]))[0]).toBe('/terms-2024-04/');
	});

	it('answers how-long questions with the page and section that hold a duration', async () => {
		// Both pages about one PG: only the duration tells them apart.
		const review: FakePage = {
			url: '/inicis-review/',
			title: 'KG이니시스 사이트 준비',
			text: '카드사 심사 카드사 심사 카드사 심사.\n## 카드사 심사에서 보는 것\n카드사 심사는 사이트를 봅니다. 카드사 심사 카드사 심사.',
			pg: 'KG이니시스',
		};
		const [hit] = (await runQuery(fakeEngine([review, CONTRACT]).engine, parseQuery('카드사 심사 얼마나 걸려요'), 6)).hits;
		expect(hit?.url).toBe('/tosspayments-contract/#카드사-심사-진행');
	});

	it('loads only the results it shows, and stops when the reader has typed on', async () => {
		const { engine, loaded } = fakeEngine(PAGES);
		const run = await runQuery(engine, parseQuery('계약'), 6, { stale: () => true });
		expect(run.hits).toEqual([]);
		expect(loaded.size).toBeLessThanOrEqual(1);
	});
});
