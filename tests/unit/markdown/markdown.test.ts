import { describe, expect, it } from 'vitest';
import { markdownToHtml, mdxToJs } from 'satteri';
import { emptyHeadingsPlugin } from '../../../src/markdown/empty-headings';
import { headingHighlightsPlugin } from '../../../src/markdown/heading-highlights';
import { headingLevelsPlugin, mapHeadingLevels } from '../../../src/markdown/heading-levels';
import { HELP_CENTER_ORIGIN, repairLinkUrl } from '../../../src/markdown/link-repair';
import { stepNumbersPlugin } from '../../../src/markdown/step-numbers';
import { dedent, encodeDestinationSpaces, imageMarkdown, renderPropMarkdown, unwrapFragment } from '../../../src/markdown/prop-markdown';

describe('heading levels', () => {
	it('maps the levels a document uses onto h2, h3, … without gaps', () => {
		expect([...mapHeadingLevels([3, 5, 3])]).toEqual([
			[3, 2],
			[5, 3],
		]);
		const result = markdownToHtml('### 단계\n\n##### 세부', { mdastPlugins: [headingLevelsPlugin()] });
		if (result instanceof Promise) throw new Error('expected a synchronous render');
		const { html } = result;
		expect(html).toContain('<h2>단계</h2>');
		expect(html).toContain('<h3>세부</h3>');
	});

	it('counts headings inside quotes and lists, not only at the top level', () => {
		const result = markdownToHtml('### 단계\n\n- 항목\n\n  > ##### 세부', { mdastPlugins: [headingLevelsPlugin()] });
		if (result instanceof Promise) throw new Error('expected a synchronous render');
		expect(result.html).toContain('<h3>세부</h3>');
	});
});

describe('step numbers', () => {
	const render = (markdown: string) => {
		const result = markdownToHtml(markdown, { mdastPlugins: [headingLevelsPlugin()], hastPlugins: [stepNumbersPlugin] });
		if (result instanceof Promise) throw new Error('expected a synchronous render');
		return result.html;
	};

	it('numbers the top sections of an article that refers to them by number', () => {
		const html = render('### 가입신청서 제출\n\n메일은 1번의 절차에서 적은 주소로 옵니다.\n\n##### 세부\n\n### 채널설정');
		// Numbered in the heading's text; its id keeps the article's words, so links to it hold.
		expect(html).toContain('<h2 id="가입신청서-제출"><span class="step-number">1. </span>가입신청서 제출</h2>');
		expect(html).toContain('<h2 id="채널설정"><span class="step-number">2. </span>채널설정</h2>');
		expect(html).toContain('<h3>세부</h3>');
	});

	it('leaves an article that does not alone', () => {
		expect(render('### 가입신청서 제출\n\n1번 카드로 결제합니다.')).toContain('<h2>가입신청서 제출</h2>');
	});
});

describe('empty headings', () => {
	it('drops headings with no text and keeps an image one held as a paragraph', () => {
		const result = markdownToHtml('### \n\n### ** **\n\n### ![화면](/a.png)\n\n### 제목', { mdastPlugins: [emptyHeadingsPlugin()] });
		if (result instanceof Promise) throw new Error('expected a synchronous render');
		expect(result.html.match(/<h3/g)).toHaveLength(1);
		expect(result.html).toContain('<h3>제목</h3>');
		expect(result.html).toContain('<p><img src="/a.png" alt="화면"');
	});

	it('keeps a heading that holds a component', () => {
		const result = mdxToJs('### <Highlight text="중요" />', { mdastPlugins: [emptyHeadingsPlugin()] });
		if (result instanceof Promise) throw new Error('expected a synchronous compile');
		expect(result.code).toMatch(/_jsx\(_components\.h3|"h3"/);
	});
});

describe('highlights in headings', () => {
	it('gives the heading the highlight’s text, in the same mark', () => {
		const result = mdxToJs('## <Highlight text="브랜드페이" />\n\n<Highlight text="본문" />', { mdastPlugins: [headingHighlightsPlugin()] });
		if (result instanceof Promise) throw new Error('expected a synchronous compile');
		expect(result.code).toContain('"브랜드페이"');
		expect(result.code).toMatch(/"mark"|_components\.mark/);
		// Outside headings the component stays.
		expect(result.code).toContain('Highlight');
	});
});

describe('prop Markdown (Callout and Accordion content)', () => {
	it('renders bold, line breaks and e-mail addresses as mailto links', () => {
		const html = renderPropMarkdown('**키파일**을 보내주세요.\n포트원 고객지원팀(cs@portone.io)');
		expect(html).toContain('<strong>키파일</strong>');
		expect(html).toContain('<br');
		expect(html).toContain('href="mailto:cs@portone.io"');
	});

	it('unwraps the CMS’s JSX fragment strings and their indentation', () => {
		expect(unwrapFragment('<>\n  본문\n</>')).toBe('\n  본문\n');
		expect(dedent('  a\n    b')).toBe('a\n  b');
		expect(renderPropMarkdown('<>\n  ##### **VISA**\n  \n  * 카드\n</>')).toContain('<h5><strong>VISA</strong></h5>');
	});

	it('shows raw HTML as text instead of injecting it', () => {
		const html = renderPropMarkdown('<script>alert(1)</script>');
		expect(html).not.toContain('<script>');
		expect(html).toContain('&lt;script&gt;');
	});

	it('never links to a javascript: URL, however it is spelled', () => {
		const html = renderPropMarkdown('[a](javascript:alert(1)) [b](JAVA\tSCRIPT:alert(1)) [c][x] [d](https://admin.portone.io/)\n\n[x]: javascript:alert(2)');
		expect(html).not.toMatch(/href="[^"]*script:/i);
		expect(html).toContain('<a>a</a>');
		expect(html).toContain('<a>c</a>');
		expect(html).toContain('<a href="https://admin.portone.io/">d</a>');
	});

	it('joins parts, each unwrapped on its own (an Accordion’s content and image)', () => {
		const html = renderPropMarkdown('<>\n\n</>', '![설명](https://help.portone.io/a.png)');
		expect(html).not.toContain('&lt;');
		expect(html).toContain('<img src="https://help.portone.io/a.png" alt="설명"');
	});

	it('reads destinations with spaces and balanced parentheses, keeping a title', () => {
		expect(encodeDestinationSpaces('![](/uploads/포트원소식/개인정보 202307.png)')).toBe('![](/uploads/포트원소식/개인정보%20202307.png)');
		expect(encodeDestinationSpaces('[a](/x (1).pdf "제목") [b](/y.pdf)')).toBe('[a](/x%20(1).pdf "제목") [b](/y.pdf)');
		expect(imageMarkdown('', '/x (1.png')).toBe('![](/x%20%281.png)');
		expect(encodeDestinationSpaces('[a](</x y.pdf>) 괄호](안 닫힘')).toBe('[a](</x y.pdf>) 괄호](안 닫힘');
		expect(renderPropMarkdown('<>![](/uploads/포트원소식/개인정보 202307.png)</>')).toContain('<img src="/uploads/%ED%8F%AC');
	});

	it('writes an Accordion image with any title and path: a lone ] stays in the alt text', () => {
		expect(imageMarkdown('괄호가 ] 하나', '/uploads/a b.png')).toBe('![괄호가 \\] 하나](/uploads/a%20b.png)');
		expect(renderPropMarkdown(imageMarkdown('괄호가 ] 하나', '/uploads/a b.png'))).toBe('<p><img src="/uploads/a%20b.png" alt="괄호가 ] 하나"></p>\n');
	});

	it('never makes a javascript: URL an image source: the image shows its alt text', () => {
		const html = renderPropMarkdown(imageMarkdown('그림 ]', 'javascript:alert(1)'), '![x](JavaScript:alert(1)) ![y](data:text/html,x)');
		expect(html).not.toMatch(/<img|script:|data:/i);
		expect(html.match(/class="image-missing"/g)).toHaveLength(3);
	});

	it('renders nothing for an empty prop', () => {
		expect(renderPropMarkdown('')).toBe('');
		expect(renderPropMarkdown('<></>')).toBe('');
	});
});

describe('help-center links', () => {
	it('points /content/<name> at the article here, or at the help center', () => {
		const pathOf = (name: string) => (name === 'paypal-international' ? '/core-service/payment-type/paypal-international/' : undefined);
		expect(repairLinkUrl('/content/paypal-international', pathOf)).toBe('/core-service/payment-type/paypal-international/');
		expect(repairLinkUrl('/content/not-here#a', pathOf)).toBe(`${HELP_CENTER_ORIGIN}/content/not-here#a`);
		expect(repairLinkUrl(' https://admin8.kcp.co.kr', pathOf)).toBe('https://admin8.kcp.co.kr');
		expect(repairLinkUrl('/guides/x/', pathOf)).toBe('/guides/x/');
	});
});
