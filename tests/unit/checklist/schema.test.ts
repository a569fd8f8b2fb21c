import { describe, expect, it } from 'vitest';
import { assertSectionsExist, checklistItemsSchema } from '../../../src/lib/checklist/schema';

const item = (id: string, extra: object = {}) => ({ id, label: '가입신청서 제출', section: '가입신청서-제출', ...extra });

describe('checklist items schema', () => {
	it('accepts items with ids, labels, sections, plans, notes and due rules', () => {
		const result = checklistItemsSchema.safeParse([
			item('apply'),
			item('contract-done', { applies: '일반결제', note: '한 달 기한', due: { after: { months: 1 }, label: '기한', applies: '일반결제' } }),
		]);
		expect(result.success).toBe(true);
	});

	it('names a duplicate id and where it is', () => {
		const result = checklistItemsSchema.safeParse([item('apply'), item('documents'), item('apply')]);
		expect(result.success).toBe(false);
		expect(result.error!.issues).toEqual([expect.objectContaining({ path: [2, 'id'], message: '항목 id "apply"가 두 번 나옵니다' })]);
	});

	it.each([
		['an id that is not a slug', [item('Key File')], [0, 'id'], /영문 소문자/],
		['an empty label', [item('apply', { label: ' ' })], [0, 'label'], />=1 characters/],
		['an unknown plan', [item('apply', { applies: '정기결제' })], [0, 'applies'], /일반결제/],
		// Unknown keys are reported on the item, the key named in the message.
		['an unknown field', [item('apply', { sectoin: 'x' })], [0], /sectoin/],
		['a due rule without a period', [item('apply', { due: { after: {}, label: '기한' } })], [0, 'due', 'after'], /months, weeks, days/],
	])('refuses %s', (_, items, path, message) => {
		const result = checklistItemsSchema.safeParse(items);
		expect(result.success).toBe(false);
		expect(result.error!.issues[0]).toMatchObject({ path, message: expect.stringMatching(message) });
	});

	it('refuses an empty checklist', () => {
		expect(checklistItemsSchema.safeParse([]).success).toBe(false);
	});
});

describe('assertSectionsExist', () => {
	const headings = [{ slug: '가입신청서-제출' }, { slug: '계약완료' }];

	it('passes when every section is a heading of the guide', () => {
		expect(() => assertSectionsExist('content/checklists/x.yaml', 'guides/x', [item('apply')], headings)).not.toThrow();
	});

	it('fails naming the file, the item and the missing section', () => {
		expect(() =>
			assertSectionsExist('content/checklists/x.yaml', 'guides/x', [item('apply'), item('keys', { section: '키파일' })], headings),
		).toThrow('content/checklists/x.yaml: 항목 "keys"의 section "키파일": guides/x에 그런 제목이 없습니다. 있는 제목: 가입신청서-제출, 계약완료');
	});
});
