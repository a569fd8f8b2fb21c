import { changedKeys, mergeRecords, sameRecord, stamp, stampTime } from './merge';
import { ownValue } from './own';
import { emptyRecord, normalTypes, parseRecord, parseTickDate, parseTickDay, tickDay, type AsideTick, type ChecklistRecord, type PlanTypes } from './record';
import type { PaymentType } from '../procedure/vocabulary';

/**
 * One guide's checklist, kept in `localStorage` and written on every change. It never loses data: an unreadable
 * record is kept aside under another key before starting afresh, a tick with a date the gate refuses is kept aside
 * while every other tick stays, a record from a newer version of the site is left alone, and when storage is
 * unavailable or full the checklist carries on in memory and says so.
 * It knows nothing of the page: the island renders it and forwards `storage` events to `sync`. Every write and
 * every other tab's write merges with what this tab holds, item by item (see merge.ts), so no tick is lost
 * when two tabs write at the same moment.
 */

export const storageKey = (guide: string) => `pg-contract-guide:checklist:${guide}`;

/** What the reader should know about their saved progress, in Korean (`aside` follows the items' names). */
export const NOTICES = {
	corrupt: '저장된 체크리스트를 읽을 수 없어 새로 시작합니다. 이전 기록은 지우지 않고 따로 보관해 두었습니다.',
	aside: '항목의 날짜를 읽을 수 없어 그 체크만 따로 보관해 두었습니다. 다른 체크와 날짜는 그대로입니다.',
	newer: '더 새로운 버전의 사이트에서 저장한 체크리스트가 있습니다. 페이지를 새로 고쳐 주세요. 그때까지 바꾼 내용은 저장되지 않습니다.',
	unavailable: '이 브라우저에 저장할 수 없어(사생활 보호 모드나 저장 공간 부족) 진행 상황이 저장되지 않습니다.',
} as const;

export type Notice = keyof typeof NOTICES;

export class ChecklistStore {
	readonly key: string;
	/** Where the value that could not be read was kept, after a `corrupt` or `aside` notice. */
	asideKey: string | null = null;
	/** After an `aside` notice: the ticks set aside. */
	asideTicks: AsideTick[] = [];
	notice: Notice | null = null;
	#storage: Storage | null;
	#record: ChecklistRecord;

	/**
	 * `storage` is a function because merely reading `localStorage` throws where it is blocked. `plans`: the guide's
	 * plans and their payment types, to read a record of version 3 (which stored a plan id).
	 */
	constructor(
		readonly guide: string,
		storage: () => Storage,
		readonly now: () => Date = () => new Date(),
		readonly plans: PlanTypes = [],
	) {
		this.key = storageKey(guide);
		try {
			this.#storage = storage();
		} catch {
			this.#storage = null;
			this.notice = 'unavailable';
		}
		this.#record = this.#read() ?? emptyRecord(guide);
	}

	get record(): Readonly<ChecklistRecord> {
		return this.#record;
	}

	/** False once progress lives in memory only. */
	get saving(): boolean {
		return this.#storage !== null;
	}

	/**
	 * Ticks or unticks an item; `fingerprint` is what the item says now (see `ChecklistItem.fingerprint`). False when a
	 * tick is refused because the device clock is outside the days a tick can have (it is not saved).
	 */
	toggle(id: string, checked: boolean, fingerprint?: string): boolean {
		const now = parseTickDate(this.now().toISOString());
		if (checked && now === null) return false;
		this.#update((record) => {
			const ticks = Object.entries(record.checked).filter(([item]) => item !== id);
			const fingerprints = Object.entries(record.fingerprints).filter(([item]) => item !== id);
			if (checked) {
				// Another tab may have ticked it first: keep the earlier date.
				ticks.push([id, ownValue(record.checked, id) ?? now!]);
				if (fingerprint) fingerprints.push([id, fingerprint]);
				else if (ownValue(record.fingerprints, id)) fingerprints.push([id, record.fingerprints[id]!]);
			}
			return { ...record, checked: Object.fromEntries(ticks), fingerprints: Object.fromEntries(fingerprints) };
		});
		return true;
	}

	/** Today in Seoul by the device clock (YYYY-MM-DD). */
	today(): string {
		return tickDay(this.now().toISOString());
	}

	/**
	 * Moves a tick to another Seoul day (YYYY-MM-DD), e.g. when the step was done before it was ticked: noon in
	 * Seoul. False, changing nothing, for a day the gate refuses or one after today.
	 */
	setTickDay(id: string, day: string): boolean {
		const at = parseTickDay(day, this.today());
		if (at === null) return false;
		this.#update((record) => (ownValue(record.checked, id) === undefined ? record : { ...record, checked: { ...record.checked, ...Object.fromEntries([[id, at]]) } }));
		return true;
	}

	/** The payment types the reader follows; none means every step shows. */
	chooseTypes(types: readonly PaymentType[]): void {
		this.#update((record) => ({ ...record, types: normalTypes(types) }));
	}

	/** Clears every tick and the types; returns the previous record for `restore` (undo). */
	reset(): ChecklistRecord {
		const previous = this.#record;
		this.#update(() => emptyRecord(this.guide));
		return previous;
	}

	restore(record: ChecklistRecord): void {
		this.#update(() => record);
	}

	/**
	 * Applies `change` to the record as storage holds it at this moment (another tab may have ticked meanwhile), marking
	 * only what it changes as changed (see restore.ts). False, changing nothing, when the result cannot be saved.
	 */
	change(change: (record: ChecklistRecord) => ChecklistRecord): boolean {
		return this.#saved(change);
	}

	/**
	 * Takes in another tab's change (a `storage` event's key; null when storage was cleared), merged with this tab's
	 * ticks; writes the merge back when the other tab's write had missed some of them. True if it applied.
	 */
	sync(key: string | null): boolean {
		if (key !== null && key !== this.key) return false;
		const stored = this.#read();
		if (!stored) return false;
		this.#record = key === null ? stored : mergeRecords(stored, this.#record);
		if (!sameRecord(this.#record, stored)) this.#write();
		return true;
	}

	/** The stored record; null when there is nothing to read from (memory only). */
	#read(): ChecklistRecord | null {
		const storage = this.#storage;
		if (!storage) return null;
		let text: string | null;
		try {
			text = storage.getItem(this.key);
		} catch {
			this.#useMemory('unavailable');
			return null;
		}
		if (text === null) return emptyRecord(this.guide);
		const result = parseRecord(text, this.guide, this.plans);
		if (result.ok && result.aside.length === 0) return result.record;
		if (!result.ok && result.reason === 'newer') {
			this.#useMemory('newer');
			return null;
		}
		// Keep the unreadable value aside before the slot is reused; if even that fails, leave it where it is.
		const asideKey = `${this.key}:corrupt:${this.now().toISOString()}`;
		try {
			storage.setItem(asideKey, text);
			if (result.ok) storage.setItem(this.key, JSON.stringify(result.record));
			else storage.removeItem(this.key);
		} catch {
			this.#useMemory('unavailable');
			return null;
		}
		this.asideKey = asideKey;
		this.notice = result.ok ? 'aside' : 'corrupt';
		this.asideTicks = result.ok ? result.aside : [];
		return result.ok ? result.record : emptyRecord(this.guide);
	}

	/** `#update`, undone when it could not be saved; true when saved. */
	#saved(change: (record: ChecklistRecord) => ChecklistRecord): boolean {
		const previous = this.#record;
		this.#update(change);
		if (this.saving) return true;
		this.#record = previous;
		return false;
	}

	/**
	 * Applies `change` to the stored record merged with this tab's (another tab may have written since, or written
	 * over a change of ours it had not yet seen) and saves it, marking what it changed as changed now.
	 */
	#update(change: (record: ChecklistRecord) => ChecklistRecord): void {
		const stored = this.#read();
		const current = stored ? mergeRecords(stored, this.#record) : this.#record;
		const next = change(current);
		// Change times are the store's: whatever record `change` returns, they carry on from the current ones.
		this.#record = stamp({ ...next, changed: current.changed ?? {} }, changedKeys(current, next), stampTime(current, this.now()));
		this.#write();
	}

	#write(): void {
		try {
			this.#storage?.setItem(this.key, JSON.stringify(this.#record));
		} catch {
			this.#useMemory('unavailable');
		}
	}

	#useMemory(notice: Notice): void {
		this.#storage = null;
		this.notice = notice;
	}
}
