import { describe, expect, it } from 'vitest';
import { buildCategoryTree, countArticles, flattenCategories, levelSlug, parseCategory, shortLabel } from '../../../src/lib/frontmatter/category';

describe('category', () => {
	it('splits levels and collapses a level that repeats its parent', () => {
		expect(parseCategory('결제서비스 (채널설정 및 이용안내) > 이용안내 > 결제대행사 계약')).toEqual([
			'결제서비스 (채널설정 및 이용안내)',
			'이용안내',
			'결제대행사 계약',
		]);
		expect(parseCategory('자주 묻는 질문 (일반 문의) > 세금계산서 > 세금계산서')).toEqual(['자주 묻는 질문 (일반 문의)', '세금계산서']);
		expect(parseCategory('관리자콘솔 (관리자콘솔 사용 가이드) > 결제연동 > 결제 연동')).toEqual(['관리자콘솔 (관리자콘솔 사용 가이드)', '결제연동']);
		expect(parseCategory('퀵 가이드 (서비스 한 눈에 보기) > 퀵 가이드 > 퀵 가이드')).toEqual(['퀵 가이드 (서비스 한 눈에 보기)']);
		expect(parseCategory(' 업데이트 ')).toEqual(['업데이트']);
	});

	it('makes short labels and URL segments', () => {
		expect(shortLabel('결제서비스 (채널설정 및 이용안내)')).toBe('결제서비스');
		expect(levelSlug('결제서비스 (채널설정 및 이용안내)')).toBe('결제서비스');
		expect(levelSlug('서비스 추가/변경')).toBe('서비스-추가-변경');
		expect(levelSlug('PG 정산내역')).toBe('pg-정산내역');
	});

	it('builds a tree in order of appearance with articles sorted by Korean title', () => {
		const tree = buildCategoryTree([
			{ id: 'b', title: '나', category: ['결제서비스', '이용안내'] },
			{ id: 'a', title: '가', category: ['결제서비스', '이용안내'] },
			{ id: 'c', title: '다', category: ['업데이트'] },
			{ id: 'd', title: '라', category: ['결제서비스'] },
		]);
		expect(tree.children.map((node) => node.label)).toEqual(['결제서비스', '업데이트']);
		const usage = tree.children[0]!.children[0]!;
		expect(usage.slug).toBe('결제서비스/이용안내');
		expect(usage.articles.map((article) => article.title)).toEqual(['가', '나']);
		expect(countArticles(tree.children[0]!)).toBe(3);
		expect(flattenCategories(tree).map((node) => node.slug)).toEqual(['결제서비스', '결제서비스/이용안내', '업데이트']);
	});
});
