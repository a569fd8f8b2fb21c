import { describe, expect, it } from 'vitest';
import { articleMarkdown } from '../../../src/lib/mdx/article-markdown';

describe('articleMarkdown', () => {
	it('writes a Callout as a quote with its icon, title and Markdown content', () => {
		expect(articleMarkdown('앞 문단\n\n<Callout title="키파일 전달은 필수 !" content="**키파일**을 cs@portone.io로\n  보내세요" icon="💡" />\n\n뒤 문단\n')).toBe(
			'앞 문단\n\n> **💡 키파일 전달은 필수 !**\n>\n> **키파일**을 cs@portone.io로\n> 보내세요\n\n뒤 문단\n',
		);
	});

	it('writes a glossary mark as its word', () => {
		expect(articleMarkdown('<GlossaryTerm name="사이트코드" />와 <GlossaryTerm name="MID">상점 번호</GlossaryTerm>')).toBe('사이트코드와 상점 번호\n');
	});

	it('writes a linked Callout as a link, Accordion as a bold title over its content, Highlight bold and Tag as code', () => {
		const markdown = articleMarkdown(
			[
				'<Callout title="계약서류" href="/guides/contract-documents/" />',
				'<Accordion title="자세히" content="<>첫 줄\n\n![](/uploads/a.png)</>" />',
				'문장 <Highlight text="중요" /> 그리고 <Tag text="필수" />',
			].join('\n\n'),
		);
		expect(markdown).toBe('> [계약서류](/guides/contract-documents/)\n\n**자세히**\n\n첫 줄\n\n![](/uploads/a.png)\n\n문장 **중요** 그리고 `필수`\n');
	});

	it('keeps an Indent’s content, components inside it converted, and the author’s Markdown as written', () => {
		const markdown = articleMarkdown('## 단계\n\n<Indent level="1">\n  1. 신청서 <Highlight text="제출" />\n  2. **심사**\n</Indent>\n\n| 가 | 나 |\n| --- | --- |\n| 1 | 2 |\n');
		expect(markdown).toBe('## 단계\n\n1. 신청서 **제출**\n2. **심사**\n\n| 가 | 나 |\n| --- | --- |\n| 1 | 2 |\n');
		expect(markdown).not.toMatch(/<|Indent/);
	});

	it('drops imports and the home page’s category overview', () => {
		expect(articleMarkdown("import X from './x';\n\n# 홈\n\n<CategoryOverview />\n\n끝\n")).toBe('# 홈\n\n끝\n');
	});

	it('drops javascript:, vbscript: and data: URLs as the HTML does: from props, prop Markdown and the body', () => {
		const markdown = articleMarkdown(
			[
				'<Callout title="열기" href="javascript:alert(1)" content="[여기](  JavaScript:alert(2)) 와 ![그림](data:image/svg+xml,x) 와 <b>굵게</b>" />',
				'<Accordion title="자세히" image="java\tscript:alert(4)" content="내용" />',
				'본문 [눌러](vbscript:msgbox(5)) 과 ![대체](javascript:alert(6)) 과 [참조][x] 과 [좋은 링크](/guides/a/)',
				'[x]: javascript:alert(7)',
			].join('\n\n'),
		);
		expect(markdown).not.toMatch(/script:|data:/i);
		// The Callout is no link; its content keeps the link text and the image's alt, and raw HTML reads as text.
		expect(markdown).toContain('> **열기**\n>\n> 여기 와 그림 와 \\<b>굵게\\</b>');
		expect(markdown).toContain('**자세히**\n\n내용');
		expect(markdown).toContain('본문 눌러 과 대체 과 참조 과 [좋은 링크](/guides/a/)');
	});

	it('escapes text props and titles, so a `]`, backticks or `**` read as the text they are', () => {
		const markdown = articleMarkdown(
			[
				'<Callout title="[공지] 안내" href="/guides/a b/" />',
				'<Accordion title="a]b *c*" content="본문" />',
				'문장 <Highlight text="**굵게**" /> 와 <Tag text="a`b" /> 와 <Tag text="`x`" />',
			].join('\n\n'),
		);
		expect(markdown).toContain('> [\\[공지\\] 안내](/guides/a%20b/)');
		expect(markdown).toContain('**a\\]b \\*c\\***');
		expect(markdown).toContain('문장 **\\*\\*굵게\\*\\*** 와 ``a`b`` 와 `` `x` ``');
	});
});
