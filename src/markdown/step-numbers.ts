import GithubSlugger from 'github-slugger';
import type { HastPluginEntry } from 'satteri';

/**
 * Help-center articles number their sections on screen, and their text leans on it: "1번의 절차에서 적어주신 메일",
 * "5번의 단계로 넘어가 주세요". An article that refers to its sections by number gets its top sections numbered, in
 * the heading's own text (a CSS counter would be silent to screen readers), so that "5번" is the fifth section a
 * reader sees or hears. The heading keeps the id its words give it, so that links to it hold.
 */
const REFERS_BY_NUMBER = /\d+\s?번의?\s?(?:절차|단계)/;

type Node = { type: string; value?: string; children?: Node[] };
const textOf = (node: Node): string => node.value ?? (node.children ?? []).map(textOf).join('');

export const stepNumbersPlugin: HastPluginEntry = ({ source }) => {
	if (!REFERS_BY_NUMBER.test(source)) return null;
	let count = 0;
	const slugger = new GithubSlugger();
	return {
		name: 'pg-guide:step-numbers',
		element: {
			filter: ['h2'],
			visit(node, ctx) {
				count += 1;
				const number = { type: 'element', tagName: 'span', properties: { className: ['step-number'] }, children: [{ type: 'text', value: `${count}. ` }] };
				if (!node.properties?.id) ctx.setProperty(node, 'id', slugger.slug(textOf(node as Node)));
				ctx.setProperty(node, 'children', [number, ...node.children] as never);
			},
		},
	};
};
