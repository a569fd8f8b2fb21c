import { markdownToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/data/articles';
import { articleAsMarkdown, llmsIndex } from '../../../src/data/llms';

interface Node {
	type: string;
	url?: string;
	value?: string;
	depth?: number;
	children?: Node[];
}
const text = (node: Node): string => node.value ?? (node.children ?? []).map(text).join('');
const all = (node: Node, type: string): Node[] => [...(node.type === type ? [node] : []), ...(node.children ?? []).flatMap((child) => all(child, type))];

const SITE = new URL('https://guide.example/');
const TITLE = '[공지 a]b `코드` **강조** _밑줄_ <b>';
const article = (id: string, title: string, description?: string) =>
	({ id, digest: id, body: '본문', data: { title, description, category: ['공지 [중요]'] } }) as unknown as Article;

describe('llms.txt and the Markdown copies', () => {
	it('a title with an unbalanced `]`, backticks and `**` is its link text exactly, in llms.txt', () => {
		const index = llmsIndex([article('news/a', TITLE, '설명 *별* [괄호'), article('news/b', '평범한 제목')], SITE, '사이트', '요약');
		const tree = markdownToMdast(index) as unknown as Node;
		const links = all(tree, 'link').map((link) => [text(link), link.url]);
		expect(links).toContainEqual([TITLE, 'https://guide.example/news/a.md']);
		expect(links).toContainEqual(['평범한 제목', 'https://guide.example/news/b.md']);
		// The description after it and the category heading read as written too.
		expect(all(tree, 'listItem').map(text)).toContainEqual(`${TITLE}: 설명 *별* [괄호`);
		expect(all(tree, 'heading').map(text)).toContain('공지 [중요]');
		expect(all(tree, 'emphasis').concat(all(tree, 'strong'), all(tree, 'inlineCode'), all(tree, 'html'))).toEqual([]);
	});

	it("an article's copy has its title as its heading, as written", () => {
		const tree = markdownToMdast(articleAsMarkdown(article('news/a', TITLE, '요약 `x`'), SITE)) as unknown as Node;
		const heading = all(tree, 'heading')[0]!;
		expect([heading.depth, text(heading)]).toEqual([1, TITLE]);
		expect(all(tree, 'blockquote').map(text)).toContain('요약 `x`');
	});
});
