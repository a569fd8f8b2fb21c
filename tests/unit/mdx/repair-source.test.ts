import { describe, expect, it } from 'vitest';
import { mdxToJs } from 'satteri';
import { originalLine, repairMdxSource } from '../../../src/lib/mdx/repair-source';

const compiles = (source: string) => {
	mdxToJs(source);
	return true;
};

describe('repairMdxSource', () => {
	it('turns autolinks into links', () => {
		const { source, repairs } = repairMdxSource('문의: <cs@portone.io> 또는 <https://admin.portone.io>');
		expect(source).toBe('문의: [cs@portone.io](mailto:cs@portone.io) 또는 [https://admin.portone.io](https://admin.portone.io)');
		expect(repairs.map((repair) => repair.kind)).toEqual(['autolink', 'autolink']);
		expect(compiles(source)).toBe(true);
	});

	it('escapes a literal < in running text', () => {
		for (const text of ['PG<>포트원 연동', '(거래금액 <취소 금액)', '<사업자 정보> 항목']) {
			expect(() => mdxToJs(text)).toThrow();
			const { source } = repairMdxSource(text);
			expect(source).toContain('\\<');
			expect(compiles(source)).toBe(true);
		}
	});

	it('leaves components, their attribute strings and code alone', () => {
		const text = [
			'<Callout title="a <b>" content="<>![](/uploads/x.png)</>" />',
			'',
			'`<사업자 정보>`',
			'',
			'```xml',
			'<queries><!--PASS--></queries>',
			'```',
			'',
			'<Indent level="1">',
			'본문',
			'</Indent>',
		].join('\n');
		expect(repairMdxSource(text)).toEqual({ source: text, repairs: [] });
	});

	it('drops HTML comments, closes void elements and unwraps angle-bracket destinations', () => {
		expect(repairMdxSource('a<!-- note -->b').source).toBe('ab');
		expect(repairMdxSource('a<br>b').source).toBe('a<br />b');
		expect(repairMdxSource('![](</uploads/a b.png>)').source).toBe('![](/uploads/a%20b.png)');
		expect(repairMdxSource('[비교](<> "https://blog.portone.io/x/")').source).toBe('[비교](https://blog.portone.io/x/)');
	});

	it('reports the line of each repair', () => {
		expect(repairMdxSource('첫 줄\n둘째 <사업자>').repairs).toEqual([{ kind: 'literal-lt', line: 2, before: '<' }]);
	});
});

describe('originalLine', () => {
	it('maps a line of the repaired body back to the article, across removed multi-line comments', () => {
		const body = 'a\n<!--\nx\ny\n-->\nb\n<!-- one line -->\nc\n<!--\nz\n-->\nd';
		const { source, repairs } = repairMdxSource(body);
		const repairedLines = source.split('\n');
		for (const text of ['a', 'b', 'c', 'd']) {
			const line = repairedLines.indexOf(text) + 1;
			expect(body.split('\n')[originalLine(line, repairs) - 1], text).toBe(text);
		}
	});
});
