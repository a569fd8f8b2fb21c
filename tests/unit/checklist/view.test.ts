import { describe, expect, it } from 'vitest';
import type { ChecklistItem } from '../../../src/lib/checklist/items';
import { RECORD_VERSION, type ChecklistRecord } from '../../../src/lib/checklist/record';
import { checklistSummary, summaryLines } from '../../../src/lib/checklist/summary';
import { checklistView, shortDates, tickBeforePrevious } from '../../../src/lib/checklist/view';
import type { PaymentType } from '../../../src/lib/procedure/vocabulary';

const GUIDE = 'guides/kg-inicis-contract';
const items: ChecklistItem[] = [
	{ id: 'apply', fingerprint: 'a1' },
	{ id: 'contract-mail', fingerprint: 'm1', wait: { after: { businessDays: 2 }, upTo: { businessDays: 3 } } },
	{ id: 'contract-done', fingerprint: 'c1' },
	{ id: 'instant-open', fingerprint: 'i1', applies: ['general'], due: { from: 'contract-done', after: { months: 1 }, label: '바로오픈 MID 사용 기한', deadline: true } },
	{ id: 'test-only', fingerprint: 't1', applies: ['recurring', 'easypay'] },
	{ id: 'identity', fingerprint: 'n1', applies: ['identity'], wait: { upTo: { businessDays: 3 } } },
	{ id: 'card-review', fingerprint: 'r1', wait: { after: { weeks: 2 } }, due: { from: 'card-review', after: { weeks: 2 }, label: '카드사 심사가 끝나는 때 (예상)', deadline: false } },
	{ id: 'review-done', fingerprint: 'd1' },
];
const record = (checked: Record<string, string>, types: PaymentType[] | null = null, fingerprints: Record<string, string> = {}): ChecklistRecord => ({
	version: RECORD_VERSION,
	guide: GUIDE,
	checked,
	types,
	fingerprints,
});
const noon = (day: string) => `${day}T03:00:00.000Z`;
const byId = (view: ReturnType<typeof checklistView>, id: string) => view.items.find((item) => item.id === id)!;

describe('checklistView', () => {
	it('counts ticks of the items in the content, by id, whatever else the record holds (constructor included)', () => {
		const view = checklistView(items, record({ removed: noon('2024-01-01'), 'review-done': noon('2024-03-01'), constructor: noon('2024-03-01') }), '2024-03-01');
		expect([view.done, view.total]).toEqual([1, items.length]);
		const inherited = checklistView([{ id: 'constructor', fingerprint: 'x' }, { id: 'toString', fingerprint: 'y' }], record({}), '2024-03-01');
		expect(inherited.items.map((item) => item.checkedDay)).toEqual([null, null]);
	});

	it('shows a waiting step’s window on that step once the step before it is ticked (business days, 설날 2026 skipped)', () => {
		const seollal = new Set(['2026-02-16', '2026-02-17', '2026-02-18']);
		const view = checklistView(items, record({ apply: '2026-02-13T01:00:00.000Z' }), '2026-02-13', seollal);
		expect(byId(view, 'apply').dates).toEqual([]);
		expect(byId(view, 'contract-mail')).toMatchObject({ dates: [{ label: null, day: '2026-02-20', until: '2026-02-23', deadline: false, from: 'apply', passed: false }], overdue: false });
	});

	it('counts from the step shown before it: a step of a type not chosen does not stand between', () => {
		const view = checklistView(items, record({ 'test-only': noon('2024-03-04') }, ['recurring']), '2024-03-04');
		expect(byId(view, 'card-review').dates).toEqual([{ label: null, day: '2024-03-18', until: null, deadline: false, from: 'test-only', passed: false }]);
		expect(byId(view, 'identity').shown).toBe(false);
		const identity = checklistView(items, record({ 'test-only': noon('2024-03-04') }, ['identity', 'recurring']), '2024-03-04');
		expect(byId(identity, 'identity').dates).toEqual([{ label: null, day: null, until: '2024-03-07', deadline: false, from: 'test-only', passed: false }]);
		expect(byId(identity, 'card-review').dates).toEqual([]);
	});

	it('after the window: overdue until the step is ticked, when the window goes', () => {
		const late = checklistView(items, record({ apply: noon('2024-11-20') }), '2024-12-06');
		expect(byId(late, 'contract-mail')).toMatchObject({ dates: [{ day: '2024-11-22', until: '2024-11-25', passed: true }], overdue: true });
		expect(checklistView(items, record({ apply: noon('2024-11-20') }), '2024-11-25').items[1]!.overdue).toBe(false);
		const ticked = checklistView(items, record({ apply: noon('2024-11-20'), 'contract-mail': noon('2024-12-06') }), '2024-12-06');
		expect(byId(ticked, 'contract-mail')).toMatchObject({ dates: [], overdue: false });
	});

	it('"or more" is never overdue', () => {
		const view = checklistView(items, record({ 'review-done': noon('2024-01-01'), 'instant-open': noon('2024-01-01'), 'test-only': noon('2024-01-01') }, ['recurring']), '2025-01-01');
		expect(byId(view, 'card-review')).toMatchObject({ dates: [{ day: '2024-01-15', until: null, passed: false }], overdue: false });
	});

	it('a deadline shows on its step once the step it counts from is ticked, says when it passed, and only for its types', () => {
		const view = checklistView(items, record({ 'contract-done': '2024-01-25T15:00:00.000Z' }), '2024-02-26');
		expect(byId(view, 'instant-open').dates).toEqual([{ label: '바로오픈 MID 사용 기한', day: '2024-02-26', until: '2024-02-26', deadline: true, from: 'contract-done', passed: false }]);
		expect(byId(checklistView(items, record({ 'contract-done': '2024-01-25T15:00:00.000Z' }), '2024-02-27'), 'instant-open').dates[0]!.passed).toBe(true);
		expect(byId(checklistView(items, record({ 'contract-done': '2024-01-25T15:00:00.000Z' }, ['easypay']), '2024-02-01'), 'instant-open')).toMatchObject({ shown: false, dates: [] });
	});

	it('an expected end counted from the step’s own tick lasts until the step after it is ticked', () => {
		const view = checklistView(items, record({ 'card-review': noon('2024-03-04') }), '2024-03-19');
		expect(byId(view, 'card-review')).toMatchObject({ dates: [{ label: '카드사 심사가 끝나는 때 (예상)', day: '2024-03-18', passed: true }], overdue: true });
		expect(byId(checklistView(items, record({ 'card-review': noon('2024-03-04'), 'review-done': noon('2024-03-19') }), '2024-03-19'), 'card-review').dates).toEqual([]);
	});

	it('shows a waiting step’s expected end once: its window, not also the same date again from the step before', () => {
		const waiting: ChecklistItem[] = [
			{ id: 'request', fingerprint: 'q1' },
			{ id: 'result', fingerprint: 'r1', wait: { after: { weeks: 2 }, upTo: { weeks: 2 } }, due: { from: 'request', after: { weeks: 2 }, label: '심사가 끝나는 때 (예상)', deadline: false } },
		];
		const dates = byId(checklistView(waiting, record({ request: noon('2024-02-19') }), '2024-02-20'), 'result').dates;
		expect(dates).toEqual([{ label: null, day: '2024-03-04', until: '2024-03-04', deadline: false, from: 'request', passed: false }]);
	});

	it('warns when an expected date falls after a deadline', () => {
		const view = checklistView(items, record({ 'contract-done': noon('2024-01-25'), 'card-review': noon('2024-02-20') }, ['general']), '2024-02-20');
		expect(view.late).toEqual([
			{
				item: 'card-review',
				expected: { label: '카드사 심사가 끝나는 때 (예상)', day: '2024-03-05', until: '2024-03-05', deadline: false, from: 'card-review', passed: false },
				deadline: { label: '바로오픈 MID 사용 기한', day: '2024-02-25', until: '2024-02-25', deadline: true, from: 'contract-done', passed: false },
			},
		]);
		expect(checklistView(items, record({ 'contract-done': noon('2024-01-25'), 'card-review': noon('2024-02-01') }, ['general']), '2024-02-20').late).toEqual([]);
		expect(checklistView(items, record({ 'contract-done': noon('2024-01-25'), 'card-review': noon('2024-02-20') }, ['easypay']), '2024-02-20').late).toEqual([]);
	});

	it('shows the union of the chosen types’ steps, in order, and counts only those', () => {
		const shown = (types: PaymentType[] | null) => checklistView(items, record({}, types), '2024-01-01').items.filter((item) => item.shown).map((item) => item.id);
		expect(shown(['general'])).toEqual(['apply', 'contract-mail', 'contract-done', 'instant-open', 'card-review', 'review-done']);
		expect(shown(['general', 'easypay', 'identity'])).toEqual(['apply', 'contract-mail', 'contract-done', 'instant-open', 'test-only', 'identity', 'card-review', 'review-done']);
		expect(shown(null)).toHaveLength(items.length);
	});

	it('flags a ticked item whose content changed since the tick, and keeps the tick', () => {
		const view = checklistView(items, record({ apply: noon('2024-01-25'), 'review-done': noon('2024-01-25') }, null, { apply: 'a0', 'review-done': 'd1' }), '2024-01-25');
		expect([byId(view, 'apply').changed, byId(view, 'review-done').changed]).toEqual([true, false]);
	});
});

describe('checklistSummary', () => {
	it('progress, the next step, overdue waits first and the nearest date ahead', () => {
		const view = checklistView(items, record({ apply: noon('2024-11-20'), 'contract-mail': noon('2024-11-22'), 'contract-done': noon('2024-11-25') }, ['general']), '2024-12-06');
		expect(checklistSummary(view)).toEqual({ done: 3, total: 6, next: 'instant-open', overdue: [], upcoming: { id: 'instant-open', date: byId(view, 'instant-open').dates[0] } });
		const late = checklistView(items, record({ apply: noon('2024-11-20') }), '2024-12-06');
		expect(checklistSummary(late)).toMatchObject({ next: 'contract-mail', overdue: [{ id: 'contract-mail' }], upcoming: null });
	});
});

describe('summaryLines', () => {
	it('names an overdue wait once, and gives the next step its date when that date is the nearest', () => {
		const late = checklistSummary(checklistView(items, record({ apply: noon('2024-11-20') }), '2024-12-06'));
		expect(summaryLines(late)).toMatchObject({ next: null, upcoming: null, overdue: [{ id: 'contract-mail' }] });
		const waiting = checklistSummary(checklistView(items, record({ apply: noon('2024-12-05') }), '2024-12-06'));
		expect(summaryLines(waiting)).toMatchObject({ next: { id: 'contract-mail', date: { day: '2024-12-09', until: '2024-12-10' } }, upcoming: null });
		const all = checklistSummary(checklistView([items[0]!], record({ apply: noon('2024-12-05') }), '2024-12-06'));
		expect(summaryLines(all).next).toBe('done');
	});
});

describe('tickBeforePrevious', () => {
	it('names the shown step before, when it was ticked after the day', () => {
		const view = checklistView(items, record({ apply: noon('2024-12-05') }), '2024-12-06');
		expect(tickBeforePrevious(view, 'contract-mail', '2024-12-04')?.id).toBe('apply');
		expect(tickBeforePrevious(view, 'contract-mail', '2024-12-05')).toBeNull();
		expect(tickBeforePrevious(view, 'apply', '2000-01-01')).toBeNull();
	});
});

describe('shortDates', () => {
	it.each([
		[{ day: '2024-12-07', until: '2024-12-09' }, '12/7~9'],
		[{ day: '2024-12-30', until: '2025-01-02' }, '12/30~1/2'],
		[{ day: null, until: '2024-12-09' }, '~12/9'],
		[{ day: '2024-12-09', until: null }, '12/9 이후'],
		[{ day: '2024-12-09', until: '2024-12-09' }, '12/9'],
		[{ day: '2025-01-09', until: '2025-01-09' }, '2025/1/9'],
	])('%o → %s', (dates, text) => {
		expect(shortDates(dates, '2024')).toBe(text);
	});
});
