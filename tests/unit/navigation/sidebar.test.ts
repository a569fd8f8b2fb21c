import { describe, expect, it } from 'vitest';
import { buildCategoryTree } from '../../../src/lib/frontmatter/category';
import { ARTICLE_WINDOW, buildSidebar, categoryPagination } from '../../../src/navigation/sidebar';

const many = Array.from({ length: 30 }, (_, index) => ({
	id: `c/a${String(index).padStart(2, '0')}`,
	title: `글 ${String(index).padStart(2, '0')}`,
	category: ['결제서비스', '결제대행사 계약'],
}));
const tree = buildCategoryTree([...many, { id: 'u/x', title: '업데이트 글', category: ['업데이트'] }]);

describe('sidebar from categories', () => {
	it('expands only the current branch; other categories are one link each', () => {
		const sidebar = buildSidebar(tree, ['결제서비스', '결제대행사 계약'], '/c/a15/');
		expect(sidebar.map((entry) => entry.label)).toEqual(['홈', '결제대행사 고르기', 'PG 계약 비교', '용어 풀이', '내 체크리스트', '결제서비스', '업데이트']);
		expect(sidebar.find((entry) => entry.label === '업데이트')).toMatchObject({ type: 'link', href: '/category/업데이트/' });
		const group = sidebar.find((entry) => entry.label === '결제서비스')!;
		if (group.type !== 'group') throw new Error('expected the current category to be a group');
		const leaf = group.entries[0]!;
		if (leaf.type !== 'group') throw new Error('expected the leaf category to be a group');
		expect(leaf.entries).toHaveLength(ARTICLE_WINDOW + 1);
		expect(leaf.entries.filter((entry) => entry.type === 'link' && entry.isCurrent).map((entry) => entry.label)).toEqual(['글 15']);
		expect(leaf.entries.at(-1)).toMatchObject({ label: '결제대행사 계약 전체 30개 보기', href: '/category/결제서비스/결제대행사-계약/' });
	});

	it('keeps the window inside the list at its ends', () => {
		const sidebar = buildSidebar(tree, ['결제서비스', '결제대행사 계약'], '/c/a29/');
		const group = sidebar.find((entry) => entry.label === '결제서비스')!;
		const leaf = group.type === 'group' ? group.entries[0]! : undefined;
		const labels = leaf?.type === 'group' ? leaf.entries.map((entry) => entry.label) : [];
		expect(labels[0]).toBe('글 20');
		expect(labels[ARTICLE_WINDOW - 1]).toBe('글 29');
	});

	it('links previous and next articles of the same category', () => {
		const { prev, next } = categoryPagination(tree, ['결제서비스', '결제대행사 계약'], '/c/a00/');
		expect(prev).toBeUndefined();
		expect(next?.href).toBe('/c/a01/');
		expect(categoryPagination(tree, [], '/')).toEqual({ prev: undefined, next: undefined });
	});
});
