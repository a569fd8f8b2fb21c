import { markdownToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { codeSpan, escapeMarkdown } from '../../../src/lib/mdx/markdown-text';

interface Node {
	type: string;
	value?: string;
	children?: Node[];
}
/** The paragraph a Markdown line parses to: its nodes' types and text, as a reader of the Markdown gets them. */
function parsed(markdown: string): { types: string[]; text: string } {
	const paragraph = (markdownToMdast(markdown) as unknown as Node).children![0]!;
	const text = (node: Node): string => node.value ?? (node.children ?? []).map(text).join('');
	return { types: paragraph.children!.map((node) => node.type), text: text(paragraph) };
}

const HOSTILE = ['[공지] 점검', 'a]b', '2*3*4', '__init__', '`코드`', 'A&amp;B', '<b>굵게</b>', '~~취소~~', 'a|b', 'C:\\경로\\', '**강조**', '![x](y)'];

describe('escapeMarkdown', () => {
	it.each(HOSTILE)('%s reads back as the same text, with no link, emphasis, code or HTML', (text) => {
		expect(parsed(`앞 ${escapeMarkdown(text)} 뒤`)).toEqual({ types: ['text'], text: `앞 ${text} 뒤` });
	});

	it('inside link text, a lone `]` does not end the link', () => {
		const link = (markdownToMdast(`[${escapeMarkdown('a]b [c')}](/x.md)`) as unknown as Node).children![0]!.children![0]!;
		expect(link.type).toBe('link');
		expect(link.children!.map((node) => node.value).join('')).toBe('a]b [c');
	});

	it('leaves Korean text and ordinary punctuation as they are', () => {
		expect(escapeMarkdown('KG이니시스 계약 (2024.01.15) - 안내!')).toBe('KG이니시스 계약 (2024.01.15) - 안내!');
	});
});

describe('codeSpan', () => {
	it.each(['필수', 'a`b', '``', '`x`', 'a ` b'])('%s is one code span of exactly that text', (text) => {
		const node = (markdownToMdast(codeSpan(text)) as unknown as Node).children![0]!.children!;
		expect(node).toEqual([expect.objectContaining({ type: 'inlineCode', value: text })]);
	});
});
