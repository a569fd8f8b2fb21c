import { beforeEach, describe, expect, it } from 'vitest';
import { RECORD_VERSION } from '../../../src/lib/checklist/record';
import { exportRecord, parseExport } from '../../../src/lib/checklist/export-file';
import { restoredRecord, type LinkedProgress } from '../../../src/lib/checklist/restore';
import { ChecklistStore, storageKey } from '../../../src/lib/checklist/store';
import { MemoryStorage } from './memory-storage';

const GUIDE = 'guides/kg-inicis-contract';
const KEY = storageKey(GUIDE);
const NOW = new Date('2024-01-25T15:00:00.000Z');

let storage: MemoryStorage;
const open = () => new ChecklistStore(GUIDE, () => storage, () => NOW);
const stored = () => JSON.parse(storage.getItem(KEY)!);
const ITEMS = new Map([
	['apply', '가입신청서 제출'],
	['documents', '서류 발송'],
]);

beforeEach(() => {
	storage = new MemoryStorage();
});

describe('ChecklistStore', () => {
	it('starts empty and writes one versioned record per guide on every change', () => {
		const store = open();
		expect(store.record.checked).toEqual({});
		expect(storage.length).toBe(0);
		store.toggle('apply', true);
		expect(stored()).toEqual({ version: RECORD_VERSION, guide: GUIDE, checked: { apply: NOW.toISOString() }, types: null, fingerprints: {}, changed: { apply: NOW.toISOString() } });
		store.toggle('apply', false);
		expect(stored().checked).toEqual({});
		expect(storage.length).toBe(1);
		expect(store.saving).toBe(true);
		expect(store.notice).toBeNull();
	});

	it('remembers progress across page loads', () => {
		open().toggle('key-file', true);
		expect(open().record.checked).toEqual({ 'key-file': NOW.toISOString() });
	});

	it('keeps ticks of items it does not know (removed from the content) untouched', () => {
		storage.setItem(KEY, JSON.stringify({ version: RECORD_VERSION, guide: GUIDE, checked: { removed: '2024-01-01T00:00:00Z' }, types: null, fingerprints: {} }));
		open().toggle('apply', true);
		expect(Object.keys(stored().checked)).toEqual(['removed', 'apply']);
	});

	it('does not undo what another tab wrote meanwhile', () => {
		const here = open();
		const there = open();
		there.toggle('documents', true);
		here.toggle('apply', true);
		expect(Object.keys(stored().checked).sort()).toEqual(['apply', 'documents']);
	});

	it('takes in another tab’s change on its storage event, and ignores other keys', () => {
		const here = open();
		open().toggle('apply', true);
		expect(here.sync('some-other-key')).toBe(false);
		expect(here.record.checked).toEqual({});
		expect(here.sync(KEY)).toBe(true);
		expect(here.record.checked).toEqual({ apply: NOW.toISOString() });
		storage.clear();
		expect(here.sync(null)).toBe(true);
		expect(here.record.checked).toEqual({});
	});

	it('keeps the earlier date when another tab ticked the item first', () => {
		storage.setItem(KEY, JSON.stringify({ version: RECORD_VERSION, guide: GUIDE, checked: { apply: '2024-01-01T00:00:00.000Z' }, types: null, fingerprints: {} }));
		const store = open();
		store.toggle('apply', true);
		expect(stored().checked.apply).toBe('2024-01-01T00:00:00.000Z');
	});

	it('keeps what a ticked item said when ticked, and forgets it with the tick', () => {
		const store = open();
		store.toggle('apply', true, 'fp1');
		expect(stored().fingerprints).toEqual({ apply: 'fp1' });
		store.toggle('apply', false);
		expect(stored().fingerprints).toEqual({});
	});

	it('moves a tick to another Seoul day, and only a tick', () => {
		const store = open();
		store.toggle('apply', true);
		store.setTickDay('apply', '2024-01-22');
		store.setTickDay('documents', '2024-01-22');
		expect(stored().checked).toEqual({ apply: '2024-01-22T03:00:00.000Z' });
	});

	it('refuses a typed day out of range or after today, and changes nothing (issue 25, item 2)', () => {
		const store = open();
		store.toggle('apply', true);
		const before = storage.getItem(KEY);
		for (const day of ['2205-12-01', '0202-12-01', '1999-12-31', '2024-01-27', '2024-02-30', 'garbage']) expect(store.setTickDay('apply', day), day).toBe(false);
		expect(storage.getItem(KEY)).toBe(before);
		expect(store.setTickDay('apply', '2000-01-01')).toBe(true);
		expect(stored().checked).toEqual({ apply: '2000-01-01T03:00:00.000Z' });
	});

	it.each([
		['1970-01-01T00:00:00.000Z', 'a clock reset to 1970'],
		['1999-12-31T14:30:00.000Z', 'a clock at 1999-12-31 23:30 in Seoul'],
		['2101-01-01T00:00:00.000Z', 'a clock past 2100'],
	])('refuses a tick while the device clock says %s (%s), and ticks once it is right (issue 25, item 2)', (clock) => {
		let now = new Date(clock);
		const store = new ChecklistStore(GUIDE, () => storage, () => now);
		expect(store.toggle('apply', true)).toBe(false);
		expect(store.record.checked).toEqual({});
		expect(storage.getItem(KEY)).toBeNull();
		now = NOW;
		expect(store.toggle('apply', true)).toBe(true);
		expect(open().record.checked).toEqual({ apply: NOW.toISOString() });
	});

	it('saves the payment types chosen, in vocabulary order; none is no choice', () => {
		open().chooseTypes(['easypay', 'recurring']);
		expect(open().record.types).toEqual(['recurring', 'easypay']);
		open().chooseTypes([]);
		expect(open().record.types).toBeNull();
	});

	it('migrates a version 3 record (a plan id) on reading, with the plans given, and writes it back as the current version on the next change', () => {
		const ticks = { apply: '2024-01-01T00:00:00.000Z' };
		storage.setItem(KEY, JSON.stringify({ version: 3, guide: GUIDE, checked: ticks, plan: '정기·간편결제', fingerprints: {}, changed: { '#plan': '2024-01-01T00:00:00.000Z' } }));
		const store = new ChecklistStore(GUIDE, () => storage, () => NOW, [['정기·간편결제', ['recurring', 'easypay']]]);
		expect(store.notice).toBeNull();
		expect(store.record).toEqual({ version: RECORD_VERSION, guide: GUIDE, checked: ticks, types: ['recurring', 'easypay'], fingerprints: {}, changed: { '#types': '2024-01-01T00:00:00.000Z' } });
		store.toggle('documents', true);
		expect(stored()).toEqual({
			version: RECORD_VERSION,
			guide: GUIDE,
			checked: { ...ticks, documents: NOW.toISOString() },
			types: ['recurring', 'easypay'],
			fingerprints: {},
			changed: { '#types': '2024-01-01T00:00:00.000Z', documents: NOW.toISOString() },
		});
	});

	it('resets ticks and types, and undoes the reset', () => {
		const store = open();
		store.toggle('apply', true);
		store.chooseTypes(['general']);
		const previous = store.reset();
		expect(stored()).toMatchObject({ checked: {}, types: null, fingerprints: {} });
		store.restore(previous);
		expect(stored()).toMatchObject({ checked: { apply: NOW.toISOString() }, types: ['general'], fingerprints: {} });
	});

	it('marks as changed only what a change changed', () => {
		const store = open();
		store.toggle('apply', true);
		const later = new Date(NOW.getTime() + 60_000);
		const other = new ChecklistStore(GUIDE, () => storage, () => later);
		other.chooseTypes(['general']);
		expect(stored().changed).toEqual({ apply: NOW.toISOString(), '#types': later.toISOString() });
	});

	describe('a restore link (store.change with restoredRecord), read against storage at the click', () => {
		const link: LinkedProgress = { checked: { apply: '2024-01-20T03:00:00.000Z', documents: '2024-01-21T03:00:00.000Z' }, types: ['easypay'], fingerprints: { apply: 'fa' } };
		const applyLink = (store: ChecklistStore, merge: boolean) => store.change((record) => restoredRecord(record, link, merge));

		it('merged: keeps ticks another tab made after the dialog opened, the earlier date of both, both types; only what the link adds is marked changed (issue 25, item 3)', () => {
			const page = open();
			page.toggle('documents', true);
			page.chooseTypes(['general']);
			// Another tab ticks while the dialog is open.
			const later = new Date(NOW.getTime() + 60_000);
			new ChecklistStore(GUIDE, () => storage, () => later).toggle('key-file', true);
			const click = new Date(NOW.getTime() + 120_000);
			const store = new ChecklistStore(GUIDE, () => storage, () => click);
			expect(applyLink(store, true)).toBe(true);
			expect(stored().checked).toEqual({ documents: '2024-01-21T03:00:00.000Z', 'key-file': later.toISOString(), apply: '2024-01-20T03:00:00.000Z' });
			expect(stored().types).toEqual(['general', 'easypay']);
			expect(stored().changed).toEqual({ documents: click.toISOString(), '#types': click.toISOString(), 'key-file': later.toISOString(), apply: click.toISOString() });
			expect(stored().fingerprints).toEqual({ apply: 'fa' });
		});

		it('replacing: the link’s progress, and nothing of this browser’s', () => {
			open().toggle('key-file', true);
			const store = open();
			expect(applyLink(store, false)).toBe(true);
			expect(stored()).toMatchObject({ checked: link.checked, types: ['easypay'], fingerprints: { apply: 'fa' } });
		});

		it('reports failure when nothing could be saved, and keeps what there was (issue 25, item 6)', () => {
			const store = open();
			store.toggle('key-file', true);
			storage.full = true;
			expect(applyLink(store, true)).toBe(false);
			expect(store.record.checked).toEqual({ 'key-file': NOW.toISOString() });
			const blocked = new ChecklistStore(GUIDE, () => {
				throw new DOMException('denied', 'SecurityError');
			});
			expect(applyLink(blocked, false)).toBe(false);
			expect(blocked.record.checked).toEqual({});
		});
	});

	describe('a corrupt record', () => {
		it.each([
			['broken JSON', '{"version":1,"guide":'],
			['a record of another guide in its place', JSON.stringify({ version: RECORD_VERSION, guide: 'guides/other', checked: {}, types: null, fingerprints: {} })],
			['positions instead of ids', JSON.stringify({ version: RECORD_VERSION, guide: GUIDE, checked: [true, true], types: null, fingerprints: {} })],
		])('(%s) is kept aside, not deleted, and the reader is told', (_, value) => {
			storage.setItem(KEY, value);
			const store = open();
			expect(store.notice).toBe('corrupt');
			expect(store.asideKey).toBe(`${KEY}:corrupt:${NOW.toISOString()}`);
			expect(storage.getItem(store.asideKey!)).toBe(value);
			expect(store.record.checked).toEqual({});
			store.toggle('apply', true);
			expect(stored().checked).toEqual({ apply: NOW.toISOString() });
			expect(storage.getItem(store.asideKey!)).toBe(value);
			// The next visit finds a good record and says nothing.
			expect(open().notice).toBeNull();
		});

		it.each([
			['a date past what dates can hold', '+275760-09-13T00:00:00.000Z'],
			['a date that is not ISO 8601', '2024/01/05'],
			['a day in the year 202', '0202-12-01T03:00:00.000Z'],
			['a day past 2100', '2205-12-01T03:00:00.000Z'],
		])('with one tick dated %s: that tick alone is set aside, the whole record kept aside too, every other tick stays (issue 25, item 2)', (_, date) => {
			const value = JSON.stringify({ version: 1, guide: GUIDE, checked: { apply: date, documents: '2024-01-20T03:00:00.000Z' } });
			storage.setItem(KEY, value);
			const store = open();
			expect(store.notice).toBe('aside');
			expect(store.asideTicks).toEqual([{ item: 'apply', value: date }]);
			expect(storage.getItem(store.asideKey!)).toBe(value);
			expect(store.record.checked).toEqual({ documents: '2024-01-20T03:00:00.000Z' });
			expect(stored().checked).toEqual({ documents: '2024-01-20T03:00:00.000Z' });
			expect(open().notice).toBeNull();
		});

		it('stays where it is when it cannot be kept aside, and nothing is saved over it', () => {
			storage.setItem(KEY, 'garbage');
			storage.full = true;
			const store = open();
			store.toggle('apply', true);
			expect(store.record.checked).toEqual({ apply: NOW.toISOString() });
			expect(store.saving).toBe(false);
			expect(store.notice).toBe('unavailable');
			expect(storage.getItem(KEY)).toBe('garbage');
		});
	});

	it('leaves a record from a newer version of the site alone and works in memory', () => {
		const newer = JSON.stringify({ version: RECORD_VERSION + 1, guide: GUIDE, checked: {}, somethingNew: true });
		storage.setItem(KEY, newer);
		const store = open();
		expect(store.notice).toBe('newer');
		store.toggle('apply', true);
		expect(store.record.checked).toEqual({ apply: NOW.toISOString() });
		expect(storage.getItem(KEY)).toBe(newer);
		expect(storage.length).toBe(1);
	});

	it('works in memory when storage is full (quota), and says progress is not saved', () => {
		const store = open();
		store.toggle('apply', true);
		storage.full = true;
		store.toggle('documents', true);
		expect(store.saving).toBe(false);
		expect(store.notice).toBe('unavailable');
		expect(Object.keys(store.record.checked)).toEqual(['apply', 'documents']);
		expect(Object.keys(stored().checked)).toEqual(['apply']);
		// Memory only from then on, even if space frees up.
		storage.full = false;
		store.toggle('contract-done', true);
		expect(Object.keys(stored().checked)).toEqual(['apply']);
	});

	it('works in memory when storage is unavailable (blocked: reading localStorage throws)', () => {
		const store = new ChecklistStore(GUIDE, () => {
			throw new DOMException('Access is denied for this document.', 'SecurityError');
		});
		expect(store.saving).toBe(false);
		expect(store.notice).toBe('unavailable');
		store.toggle('apply', true);
		expect(Object.keys(store.record.checked)).toEqual(['apply']);
		expect(store.sync(KEY)).toBe(false);
	});

	describe('import', () => {
		/** A file exported with "apply" ticked, and a store on another device (fresh storage) with "documents" ticked. */
		function fileAndAnotherDevice() {
			const source = open();
			source.toggle('apply', true);
			const file = exportRecord(source.record, NOW);
			storage.clear();
			const store = open();
			store.toggle('documents', true);
			return { file, store };
		}

		const load = (store: ChecklistStore, file: string) => {
			const result = parseExport(file, GUIDE, ITEMS);
			return result.ok && store.change(() => result.record);
		};

		it('replaces the checklist with a valid file, and can be undone', () => {
			const { file, store } = fileAndAnotherDevice();
			const previous = store.record;
			expect(load(store, file)).toBe(true);
			expect(stored().checked).toEqual({ apply: NOW.toISOString() });
			store.restore(previous);
			expect(stored().checked).toEqual({ documents: NOW.toISOString() });
		});

		it('does not report success when the file cannot be saved, and keeps what there was', () => {
			const { file, store } = fileAndAnotherDevice();
			storage.full = true;
			expect(load(store, file)).toBe(false);
			expect(store.record.checked).toEqual({ documents: NOW.toISOString() });
			expect(stored().checked).toEqual({ documents: NOW.toISOString() });
			expect(store.notice).toBe('unavailable');
		});

		it('a bad file changes nothing', () => {
			const store = open();
			store.toggle('apply', true);
			const before = storage.getItem(KEY);
			expect(load(store, '{"hello":"world"}')).toBe(false);
			expect(load(store, 'not json')).toBe(false);
			expect(storage.getItem(KEY)).toBe(before);
			expect(store.record.checked).toEqual({ apply: NOW.toISOString() });
		});
	});
});
