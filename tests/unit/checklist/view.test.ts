import { describe, expect, it } from 'vitest';
import type { ChecklistItem } from '../../../src/lib/checklist/items';
import { RECORD_VERSION } from '../../../src/lib/checklist/record';
import { checklistView } from '../../../src/lib/checklist/view';

const GUIDE = 'guides/kg-inicis-contract';
const items: ChecklistItem[] = [
	{ id: 'apply' },
	{ id: 'contract-done', due: { after: { months: 1 }, label: '바로오픈 MID 사용 기한' } },
	{ id: 'card-review', due: { after: { weeks: 2 }, label: '카드사 심사 완료 예상' } },
];

describe('checklistView', () => {
	it('counts ticks of the items in the content, by id, whatever else the record holds', () => {
		const view = checklistView(items, {
			version: RECORD_VERSION,
			guide: GUIDE,
			checked: { removed: '2024-01-01T00:00:00Z', 'card-review': '2024-03-01T00:00:00Z' },
		});
		expect(view.done).toBe(1);
		expect(view.total).toBe(3);
		expect(view.items.map((item) => item.id)).toEqual(['apply', 'contract-done', 'card-review']);
	});

	it('dates ticks and due rules in Seoul: a tick at 2024-01-25T15:00Z is 1월 26일, + 1 month, + 2 weeks', () => {
		const at = '2024-01-25T15:00:00.000Z';
		const view = checklistView(items, { version: RECORD_VERSION, guide: GUIDE, checked: { 'contract-done': at, 'card-review': at } });
		expect(view.items[0]).toEqual({ id: 'apply', checkedDay: null, due: null });
		expect(view.items[1]).toEqual({ id: 'contract-done', checkedDay: '2024-01-26', due: { label: '바로오픈 MID 사용 기한', day: '2024-02-26' } });
		expect(view.items[2]!.due).toEqual({ label: '카드사 심사 완료 예상', day: '2024-02-09' });
	});
});
