import type { Plan } from './items';
import { mergeRecords, PLAN_KEY, sameRecord, stamp } from './merge';
import { emptyRecord, exportRecord, parseExport, parseRecord, type ChecklistRecord } from './record';

/**
 * One guide's checklist, kept in `localStorage` and written on every change. It never loses data: an unreadable
 * record is kept aside under another key before starting afresh, a record from a newer version of the site is
 * left alone, and when storage is unavailable or full the checklist carries on in memory and says so.
 * It knows nothing of the page: the island renders it and forwards `storage` events to `sync`. Every write and
 * every other tab's write merges with what this tab holds, item by item (see merge.ts), so no tick is lost
 * when two tabs write at the same moment.
 */

export const storageKey = (guide: string) => `pg-contract-guide:checklist:${guide}`;

/** What the reader should know about their saved progress, in Korean. */
export const NOTICES = {
	corrupt: '저장된 체크리스트를 읽을 수 없어 새로 시작합니다. 이전 기록은 지우지 않고 따로 보관해 두었습니다.',
	newer: '더 새로운 버전의 사이트에서 저장한 체크리스트가 있습니다. 페이지를 새로 고쳐 주세요. 그때까지 바꾼 내용은 저장되지 않습니다.',
	unavailable: '이 브라우저에 저장할 수 없어(사생활 보호 모드나 저장 공간 부족) 진행 상황이 저장되지 않습니다.',
} as const;

export type Notice = keyof typeof NOTICES;

const NOT_SAVED = '이 브라우저에 저장할 수 없어 가져오지 않았습니다.';

export class ChecklistStore {
	readonly key: string;
	/** Where the value that could not be read was kept, after a `corrupt` notice. */
	asideKey: string | null = null;
	notice: Notice | null = null;
	#storage: Storage | null;
	#record: ChecklistRecord;

	/** `storage` is a function because merely reading `localStorage` throws where it is blocked. */
	constructor(
		readonly guide: string,
		storage: () => Storage,
		readonly now: () => Date = () => new Date(),
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

	toggle(id: string, checked: boolean): void {
		const now = this.now().toISOString();
		this.#update((record) => {
			const ticks = { ...record.checked };
			if (!checked) delete ticks[id];
			// Another tab may have ticked it first: keep the earlier date.
			else ticks[id] ??= now;
			return stamp({ ...record, checked: ticks }, [id], now);
		});
	}

	choosePlan(plan: Plan): void {
		this.#update((record) => stamp({ ...record, plan }, [PLAN_KEY], this.now().toISOString()));
	}

	/** Clears every tick and the plan; returns the previous record for `restore` (undo). */
	reset(): ChecklistRecord {
		const previous = this.#record;
		this.#update(() => emptyRecord(this.guide), true);
		return previous;
	}

	restore(record: ChecklistRecord): void {
		this.#update(() => record, true);
	}

	export(): string {
		return exportRecord(this.#record, this.now());
	}

	/**
	 * Replaces the checklist with an export file's (`items`: this checklist's items, id → label); on a bad or foreign
	 * file, or when the result cannot be saved, changes nothing and says why.
	 */
	import(text: string, items: ReadonlyMap<string, string>): { ok: true; previous: ChecklistRecord; dropped: number } | { ok: false; error: string } {
		const result = parseExport(text, this.guide, items);
		if (!result.ok) return result;
		const previous = this.#record;
		this.#update(() => result.record, true);
		if (!this.saving) {
			this.#record = previous;
			return { ok: false, error: NOT_SAVED };
		}
		return { ok: true, previous, dropped: result.dropped };
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
		const result = parseRecord(text, this.guide);
		if (result.ok) return result.record;
		if (result.reason === 'newer') {
			this.#useMemory('newer');
			return null;
		}
		// Keep the unreadable value aside before the slot is reused; if even that fails, leave it where it is.
		const asideKey = `${this.key}:corrupt:${this.now().toISOString()}`;
		try {
			storage.setItem(asideKey, text);
			storage.removeItem(this.key);
		} catch {
			this.#useMemory('unavailable');
			return null;
		}
		this.asideKey = asideKey;
		this.notice = 'corrupt';
		return emptyRecord(this.guide);
	}

	/**
	 * Applies `change` to the stored record merged with this tab's (another tab may have written since, or written
	 * over a change of ours it had not yet seen) and saves it. `whole`: the change replaces the whole record (reset,
	 * import, undo), so every tick and the plan count as changed now.
	 */
	#update(change: (record: ChecklistRecord) => ChecklistRecord, whole = false): void {
		const stored = this.#read();
		const current = stored ? mergeRecords(stored, this.#record) : this.#record;
		const next = change(current);
		this.#record = whole ? stamp(next, [...Object.keys(current.checked), ...Object.keys(next.checked), PLAN_KEY], this.now().toISOString()) : next;
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
