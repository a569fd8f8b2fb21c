import { describe, expect, it } from 'vitest';
import { mergeRecords, sameRecord, TYPES_KEY } from '../../../src/lib/checklist/merge';
import { RECORD_VERSION, type ChecklistRecord } from '../../../src/lib/checklist/record';
import { ChecklistStore, storageKey } from '../../../src/lib/checklist/store';
import { MemoryStorage } from './memory-storage';

const GUIDE = 'guides/kg-inicis-contract';
const KEY = storageKey(GUIDE);
const at = (second: number) => new Date(Date.UTC(2024, 0, 25, 15, 0, second)).toISOString();
const record = (checked: Record<string, string>, changed: Record<string, string>, types: ChecklistRecord['types'] = null): ChecklistRecord => ({
	version: RECORD_VERSION,
	guide: GUIDE,
	checked,
	types,
	fingerprints: Object.fromEntries(Object.keys(checked).map((id) => [id, `fp-${id}`])),
	changed,
});

describe('mergeRecords', () => {
	const a = record({ apply: at(1), documents: at(2) }, { apply: at(1), documents: at(2), 'key-file': at(5) });
	const b = record({ 'key-file': at(3), documents: at(2) }, { 'key-file': at(3), documents: at(2), [TYPES_KEY]: at(4) }, ['general']);

	it('takes each tick and the types from the record that changed it last', () => {
		const merged = mergeRecords(a, b);
		// key-file: ticked at 3, unticked at 5 in `a`.
		expect(merged.checked).toEqual({ apply: at(1), documents: at(2) });
		expect(merged.types).toEqual(['general']);
	});

	it('gives one result whichever record comes first, and merging again changes nothing', () => {
		expect(sameRecord(mergeRecords(a, b), mergeRecords(b, a))).toBe(true);
		expect(sameRecord(mergeRecords(mergeRecords(a, b), b), mergeRecords(a, b))).toBe(true);
		const tie = [record({ apply: at(1) }, { apply: at(1) }), record({}, { apply: at(1) })] as const;
		expect(sameRecord(mergeRecords(...tie), mergeRecords(tie[1], tie[0]))).toBe(true);
	});

	it('keeps ticks of records written before change times existed', () => {
		expect(mergeRecords(record({ apply: at(1) }, {}), record({}, { documents: at(2) })).checked).toEqual({ apply: at(1) });
	});
});

/**
 * A browser as Chromium is one: each tab reads its own copy of `localStorage`, and a write reaches the other tabs
 * (with a `storage` event) only when `deliver` passes it on.
 */
class Tabs {
	readonly pending: (() => void)[] = [];
	readonly tabs: { storage: MemoryStorage; store: ChecklistStore }[] = [];
	second = 10;
	/** Seconds added to every tab's clock: a device clock set wrong, then corrected. */
	skew = 0;

	open(): ChecklistStore {
		const storage = new MemoryStorage();
		const source = this.tabs[0]?.storage;
		if (source) for (const [key, value] of source.items) storage.items.set(key, value);
		const setItem = storage.setItem.bind(storage);
		storage.setItem = (key, value) => {
			setItem(key, value);
			for (const other of this.tabs.filter((tab) => tab.storage !== storage)) {
				this.pending.push(() => {
					other.storage.items.set(key, value);
					other.store.sync(key);
				});
			}
		};
		const store = new ChecklistStore(GUIDE, () => storage, () => new Date(Date.parse(at(this.second)) + this.skew * 1000));
		this.tabs.push({ storage, store });
		return store;
	}

	/** Passes every write on, and the writes those cause, until none is left. */
	deliver() {
		for (let round = 0; this.pending.length; round++) {
			if (round > 100) throw new Error('the tabs never settle');
			this.pending.shift()!();
		}
	}

	stored() {
		return this.tabs.map(({ storage }) => JSON.parse(storage.getItem(KEY)!) as ChecklistRecord);
	}
}

describe('two tabs writing before either sees the other', () => {
	it('lose no tick: both tabs and storage end with both', () => {
		const tabs = new Tabs();
		const [first, second] = [tabs.open(), tabs.open()];
		first.toggle('apply', true);
		second.toggle('documents', true);
		tabs.deliver();
		for (const store of [first, second]) expect(Object.keys(store.record.checked).sort()).toEqual(['apply', 'documents']);
		for (const stored of tabs.stored()) expect(Object.keys(stored.checked).sort()).toEqual(['apply', 'documents']);
	});

	it('keep an untick made after seeing the tick, and types chosen meanwhile', () => {
		const tabs = new Tabs();
		const [first, second] = [tabs.open(), tabs.open()];
		first.toggle('apply', true);
		tabs.deliver();
		tabs.second = 20;
		second.toggle('apply', false);
		first.chooseTypes(['recurring', 'easypay']);
		tabs.deliver();
		for (const store of [first, second]) {
			expect(store.record.checked).toEqual({});
			expect(store.record.types).toEqual(['recurring', 'easypay']);
		}
	});

	it('a reset in one and a later tick in the other: only that tick is left', () => {
		const tabs = new Tabs();
		const [first, second] = [tabs.open(), tabs.open()];
		first.toggle('apply', true);
		first.toggle('documents', true);
		tabs.deliver();
		tabs.second = 20;
		first.reset();
		tabs.second = 21;
		second.toggle('key-file', true);
		tabs.deliver();
		for (const store of [first, second]) expect(Object.keys(store.record.checked)).toEqual(['key-file']);
	});

	it('the same item ticked in both at the same moment: one tick, one date everywhere', () => {
		const tabs = new Tabs();
		const [first, second] = [tabs.open(), tabs.open()];
		first.toggle('apply', true);
		second.toggle('apply', true);
		tabs.deliver();
		expect(first.record.checked).toEqual({ apply: at(10) });
		expect(second.record.checked).toEqual({ apply: at(10) });
	});

	it('an untick made after the clock was corrected backwards stays unticked (issue 25, item 10)', () => {
		const tabs = new Tabs();
		const [first, second] = [tabs.open(), tabs.open()];
		// The device clock runs a year ahead when the item is ticked, then is corrected.
		tabs.skew = 365 * 86_400;
		first.toggle('apply', true);
		tabs.deliver();
		tabs.skew = 0;
		tabs.second = 20;
		second.toggle('apply', false);
		tabs.deliver();
		for (const store of [first, second]) expect(store.record.checked).toEqual({});
		for (const stored of tabs.stored()) expect(stored.checked).toEqual({});
	});
});
