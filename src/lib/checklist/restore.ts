import { ownValue } from './own';
import { normalTypes, type ChecklistRecord } from './record';
import type { PaymentType } from '../procedure/vocabulary';

/** A guide's progress as a restore link carries it, with what its ticked items said (when known). */
export interface LinkedProgress {
	checked: Record<string, string>;
	types: PaymentType[] | null;
	fingerprints: Record<string, string>;
}

/**
 * `record` (as storage holds it at the click) with a restore link's progress: `merge` keeps every tick of both (the
 * earlier date where both ticked an item) and adds the link's types; otherwise the link's progress replaces it.
 * Give it to `ChecklistStore.change`, which marks only what differs as changed.
 */
export function restoredRecord(record: ChecklistRecord, progress: LinkedProgress, merge: boolean): ChecklistRecord {
	if (!merge) return { ...record, checked: progress.checked, types: progress.types, fingerprints: progress.fingerprints };
	const checked = Object.entries(record.checked);
	const fingerprints = Object.entries(record.fingerprints);
	for (const [id, at] of Object.entries(progress.checked)) {
		const mine = ownValue(record.checked, id);
		if (mine !== undefined && Date.parse(mine) <= Date.parse(at)) continue;
		checked.push([id, at]);
		const fingerprint = ownValue(progress.fingerprints, id);
		if (fingerprint) fingerprints.push([id, fingerprint]);
	}
	const types = record.types && progress.types ? normalTypes([...record.types, ...progress.types]) : (record.types ?? progress.types);
	return { ...record, checked: Object.fromEntries(checked), fingerprints: Object.fromEntries(fingerprints), types };
}
