import { describe, expect, it } from 'vitest';
import { seoHead } from '../../../src/navigation/seo-head';

const starlightHead = (title: string) => [
	{ tag: 'title' as const, content: `${title} | PG 계약 가이드` },
	{ tag: 'meta' as const, attrs: { property: 'og:title', content: title } },
];

describe('seoHead', () => {
	it('puts seo.title in <title> and og:title', () => {
		const head = seoHead(starlightHead('글'), { title: '글', seo: { title: '검색용 제목', keywords: [] } });
		expect(head[0]!.content).toBe('검색용 제목 | PG 계약 가이드');
		expect(head[1]!.attrs?.content).toBe('검색용 제목');
	});

	it('writes `$` in seo.title as it is, not as a replacement pattern', () => {
		const title = "$' $& $$ $` $1 가격";
		const head = seoHead(starlightHead('글'), { title: '글', seo: { title, keywords: [] } });
		expect(head[0]!.content).toBe(`${title} | PG 계약 가이드`);
	});
});
