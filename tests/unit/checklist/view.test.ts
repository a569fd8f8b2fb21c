import { describe, expect, it } from 'vitest';
import type { ChecklistItem, Plan } from '../../../src/lib/checklist/items';
import { RECORD_VERSION, type ChecklistRecord } from '../../../src/lib/checklist/record';
import { checklistView } from '../../../src/lib/checklist/view';

const GUIDE = 'guides/kg-inicis-contract';
const items: ChecklistItem[] = [
	{ id: 'apply' },
	{ id: 'contract-done', due: { after: { months: 1 }, label: '바로오픈 MID 사용 기한', applies: ['일반결제'] } },
	{ id: 'instant-open', applies: ['일반결제'] },
	{ id: 'test-only', applies: ['정기·간편결제'] },
	{ id: 'card-review', due: { after: { weeks: 2 }, label: '카드사 심사 완료 예상' } },
];
const record = (checked: Record<string, string>, plan: Plan | null = null): ChecklistRecord => ({ version: RECORD_VERSION, guide: GUIDE, checked, plan });

describe('checklistView', () => {
	it('counts ticks of the items in the content, by id, whatever else the record holds', () => {
		const view = checklistView(items, record({ removed: '2024-01-01T00:00:00Z', 'card-review': '2024-03-01T00:00:00Z' }));
		expect(view.done).toBe(1);
		expect(view.total).toBe(5);
		expect(view.items.map((item) => item.id)).toEqual(['apply', 'contract-done', 'instant-open', 'test-only', 'card-review']);
	});

	it('dates ticks and due rules in Seoul: a tick at 2024-01-25T15:00Z is 1월 26일, + 1 month, + 2 weeks', () => {
		const at = '2024-01-25T15:00:00.000Z';
		const view = checklistView(items, record({ 'contract-done': at, 'card-review': at }));
		expect(view.items[0]).toEqual({ id: 'apply', shown: true, checkedDay: null, due: null });
		expect(view.items[1]).toEqual({ id: 'contract-done', shown: true, checkedDay: '2024-01-26', due: { label: '바로오픈 MID 사용 기한', day: '2024-02-26' } });
		expect(view.items[4]!.due).toEqual({ label: '카드사 심사 완료 예상', day: '2024-02-09' });
	});

	it('shows the items and dates of the plan chosen, and counts only those', () => {
		const at = '2024-01-25T15:00:00.000Z';
		const general = checklistView(items, record({ 'contract-done': at, 'test-only': at }, '일반결제'));
		expect(general.items.filter((item) => item.shown).map((item) => item.id)).toEqual(['apply', 'contract-done', 'instant-open', 'card-review']);
		expect([general.done, general.total]).toEqual([1, 4]);
		expect(general.items[1]!.due?.day).toBe('2024-02-26');

		const recurring = checklistView(items, record({ 'contract-done': at, 'test-only': at }, '정기·간편결제'));
		expect(recurring.items.filter((item) => item.shown).map((item) => item.id)).toEqual(['apply', 'contract-done', 'test-only', 'card-review']);
		expect([recurring.done, recurring.total]).toEqual([2, 4]);
		// No 바로오픈 MID for 정기·간편결제: no deadline.
		expect(recurring.items[1]!.due).toBeNull();
	});
});
