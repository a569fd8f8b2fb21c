import { describe, expect, it } from 'vitest';
import { assertPagesExist, assertSectionsExist, missingSections, sectionTitle } from '../../../src/lib/procedure/sections';

describe('assertSectionsExist', () => {
	const headings = [{ slug: '가입신청서-제출' }, { slug: '계약완료' }];
	const step = (id: string, section: string) => ({ id, section });

	it('passes when every step links to a heading of the guide', () => {
		expect(() => assertSectionsExist('content/procedures/x.yaml', 'guides/x', [step('apply', '가입신청서-제출')], headings)).not.toThrow();
	});

	it('fails naming the file, the step and the missing section', () => {
		expect(() =>
			assertSectionsExist('content/procedures/x.yaml', 'guides/x', [step('apply', '가입신청서-제출'), step('keys', '키파일')], headings),
		).toThrow('content/procedures/x.yaml: 단계 "keys"의 section "키파일": guides/x에 그런 제목이 없습니다. 있는 제목: 가입신청서-제출, 계약완료');
	});
});

describe('assertPagesExist', () => {
	const articles = new Set(['guides/pg-application']);

	it('passes when every step page is an article', () => {
		expect(() => assertPagesExist('x.yaml', [{ id: 'apply', page: 'guides/pg-application' }, { id: 'done' }], articles)).not.toThrow();
	});

	it('fails naming the file, the step and the page', () => {
		expect(() => assertPagesExist('x.yaml', [{ id: 'apply', page: 'guides/pg-aplication' }], articles)).toThrow('x.yaml: 단계 "apply"의 page "guides/pg-aplication": 그런 글이 없습니다');
	});
});

describe('missingSections', () => {
	it('names the sections every guide has that this one lacks, in order', () => {
		expect(missingSections([{ slug: '수수료' }]).map((section) => section.slug)).toEqual(['신청-전-준비', '문의처']);
		expect(missingSections([{ slug: '신청-전-준비' }, { slug: '수수료' }, { slug: '문의처' }])).toEqual([]);
	});
});

describe('sectionTitle', () => {
	it('names a section by the article\'s heading, or by the procedure section the site writes', () => {
		const headings = [{ slug: '계약완료', text: '4. 계약완료' }];
		expect(sectionTitle(headings, '계약완료')).toBe('4. 계약완료');
		expect(sectionTitle(headings, '신청-전-준비')).toBe('신청 전 준비');
		expect(sectionTitle(headings, '없는-절')).toBeUndefined();
	});
});
