import { beforeEach, describe, expect, it } from 'vitest';
import { RECORD_VERSION } from '../../../src/lib/checklist/record';
import { exportRecord, parseExport } from '../../../src/lib/checklist/export-file';
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
		expect(stored()).toEqual({ version: RECORD_VERSION, guide: GUIDE, checked: { apply: NOW.toISOString() }, plan: null, fingerprints: {}, changed: { apply: NOW.toISOString() } });
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
		storage.setItem(KEY, JSON.stringify({ version: RECORD_VERSION, guide: GUIDE, checked: { removed: '2024-01-01T00:00:00Z' }, plan: null, fingerprints: {} }));
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
		storage.setItem(KEY, JSON.stringify({ version: RECORD_VERSION, guide: GUIDE, checked: { apply: '2024-01-01T00:00:00.000Z' }, plan: null, fingerprints: {} }));
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

	it('saves the plan chosen', () => {
		open().choosePlan('정기·간편결제');
		expect(open().record.plan).toBe('정기·간편결제');
	});

	it('migrates a version 1 record on reading, and writes it back as the current version on the next change', () => {
		storage.setItem(KEY, JSON.stringify({ version: 1, guide: GUIDE, checked: { apply: '2024-01-01T00:00:00.000Z' } }));
		const store = open();
		expect(store.notice).toBeNull();
		expect(store.record).toEqual({ version: RECORD_VERSION, guide: GUIDE, checked: { apply: '2024-01-01T00:00:00.000Z' }, plan: null, fingerprints: {} });
		store.choosePlan('일반결제');
		expect(stored()).toEqual({ version: RECORD_VERSION, guide: GUIDE, checked: { apply: '2024-01-01T00:00:00.000Z' }, plan: '일반결제', fingerprints: {}, changed: { '#plan': NOW.toISOString() } });
	});

	it('resets ticks and plan, and undoes the reset', () => {
		const store = open();
		store.toggle('apply', true);
		store.choosePlan('일반결제');
		const previous = store.reset();
		expect(stored()).toMatchObject({ checked: {}, plan: null, fingerprints: {} });
		store.restore(previous);
		expect(stored()).toMatchObject({ checked: { apply: NOW.toISOString() }, plan: '일반결제', fingerprints: {} });
	});

	describe('a corrupt record', () => {
		it.each([
			['broken JSON', '{"version":1,"guide":'],
			['a record of another guide in its place', JSON.stringify({ version: RECORD_VERSION, guide: 'guides/other', checked: {}, plan: null, fingerprints: {} })],
			['positions instead of ids', JSON.stringify({ version: RECORD_VERSION, guide: GUIDE, checked: [true, true], plan: null, fingerprints: {} })],
			['a date past what dates can hold', JSON.stringify({ version: RECORD_VERSION, guide: GUIDE, checked: { apply: '+275760-09-13T00:00:00.000Z' }, plan: null, fingerprints: {} })],
			['a date that is not ISO 8601', JSON.stringify({ version: 1, guide: GUIDE, checked: { apply: '2024/01/05' } })],
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

		it('replaces the checklist with a valid file, and can be undone', () => {
			const { file, store } = fileAndAnotherDevice();
			const result = store.import(parseExport(file, GUIDE, ITEMS));
			expect(result.ok).toBe(true);
			expect(stored().checked).toEqual({ apply: NOW.toISOString() });
			if (result.ok) store.restore(result.previous);
			expect(stored().checked).toEqual({ documents: NOW.toISOString() });
		});

		it('does not report success when the file cannot be saved, and keeps what there was', () => {
			const { file, store } = fileAndAnotherDevice();
			storage.full = true;
			expect(store.import(parseExport(file, GUIDE, ITEMS))).toEqual({ ok: false, error: '이 브라우저에 저장할 수 없어 가져오지 않았습니다.' });
			expect(store.record.checked).toEqual({ documents: NOW.toISOString() });
			expect(stored().checked).toEqual({ documents: NOW.toISOString() });
			expect(store.notice).toBe('unavailable');
		});

		it('rejects a bad file with a message and changes nothing', () => {
			const store = open();
			store.toggle('apply', true);
			const before = storage.getItem(KEY);
			expect(store.import(parseExport('{"hello":"world"}', GUIDE, ITEMS))).toEqual({ ok: false, error: '이 사이트에서 내보낸 체크리스트 파일이 아닙니다.' });
			expect(store.import(parseExport('not json', GUIDE, ITEMS))).toEqual({ ok: false, error: 'JSON 파일이 아닙니다.' });
			expect(storage.getItem(KEY)).toBe(before);
			expect(store.record.checked).toEqual({ apply: NOW.toISOString() });
		});
	});
});
