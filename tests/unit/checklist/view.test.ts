import { describe, expect, it } from 'vitest';
import type { ChecklistItem, Plan } from '../../../src/lib/checklist/items';
import { RECORD_VERSION, type ChecklistRecord } from '../../../src/lib/checklist/record';
import { checklistView } from '../../../src/lib/checklist/view';

const GUIDE = 'guides/kg-inicis-contract';
const items: ChecklistItem[] = [
	{ id: 'apply', fingerprint: 'a1', due: { after: { businessDays: 2 }, upTo: { businessDays: 3 }, label: '계약 안내 메일 도착 예상' } },
	{ id: 'contract-done', fingerprint: 'c1', due: { after: { months: 1 }, label: '바로오픈 MID 사용 기한', applies: ['일반결제'], deadline: true } },
	{ id: 'instant-open', fingerprint: 'i1', applies: ['일반결제'] },
	{ id: 'test-only', fingerprint: 't1', applies: ['정기·간편결제'] },
	{ id: 'card-review', fingerprint: 'r1', due: { after: { weeks: 2 }, label: '카드사 심사 완료 예상' } },
];
const record = (checked: Record<string, string>, plan: Plan | null = null, fingerprints: Record<string, string> = {}): ChecklistRecord => ({
	version: RECORD_VERSION,
	guide: GUIDE,
	checked,
	plan,
	fingerprints,
});
const due = (label: string, day: string, extra: { until?: string; deadline?: boolean } = {}) => ({ label, day, until: extra.until ?? null, deadline: extra.deadline ?? false, note: null });

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
		expect(view.items[0]).toEqual({ id: 'apply', shown: true, checkedDay: null, due: null, changed: false });
		expect(view.items[1]).toEqual({ id: 'contract-done', shown: true, checkedDay: '2024-01-26', due: due('바로오픈 MID 사용 기한', '2024-02-26', { deadline: true }), changed: false });
		expect(view.items[4]!.due).toEqual(due('카드사 심사 완료 예상', '2024-02-09'));
	});

	it('gives a range of business days that skips the holidays given (설날 2026)', () => {
		const seollal = new Set(['2026-02-16', '2026-02-17', '2026-02-18']);
		const view = checklistView(items, record({ apply: '2026-02-13T01:00:00.000Z' }), seollal);
		expect(view.items[0]!.due).toEqual(due('계약 안내 메일 도착 예상', '2026-02-20', { until: '2026-02-23' }));
	});

	it('flags a ticked item whose content changed since the tick, and keeps the tick', () => {
		const at = '2024-01-25T15:00:00.000Z';
		const view = checklistView(items, record({ apply: at, 'card-review': at, 'instant-open': at }, null, { apply: 'a0', 'card-review': 'r1' }));
		expect(view.items.map((item) => [item.id, item.changed])).toEqual([
			['apply', true],
			['contract-done', false],
			['instant-open', false],
			['test-only', false],
			['card-review', false],
		]);
		expect(view.items[0]!.checkedDay).toBe('2024-01-26');
	});

	it('warns when an expected date falls after a deadline', () => {
		const view = checklistView(items, record({ 'contract-done': '2024-01-25T03:00:00.000Z', 'card-review': '2024-02-20T03:00:00.000Z' }, '일반결제'));
		expect(view.late).toEqual([{ expected: due('카드사 심사 완료 예상', '2024-03-05'), deadline: due('바로오픈 MID 사용 기한', '2024-02-25', { deadline: true }) }]);
		expect(checklistView(items, record({ 'contract-done': '2024-01-25T03:00:00.000Z', 'card-review': '2024-02-01T03:00:00.000Z' }, '일반결제')).late).toEqual([]);
		// No deadline for 정기·간편결제.
		expect(checklistView(items, record({ 'contract-done': '2024-01-25T03:00:00.000Z', 'card-review': '2024-02-20T03:00:00.000Z' }, '정기·간편결제')).late).toEqual([]);
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
