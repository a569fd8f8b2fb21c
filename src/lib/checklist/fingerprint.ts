/**
 * Short fingerprints of checklist content, computed the same way at build time and in the browser: 32-bit
 * FNV-1a of the text, which is plenty to notice that a step's text changed and to tell a checklist's items apart.
 */

/** FNV-1a of `text`'s UTF-16 code units, as an unsigned 32-bit integer. */
export function fnv1a(text: string): number {
	let hash = 0x811c9dc5;
	for (let index = 0; index < text.length; index++) {
		hash ^= text.charCodeAt(index);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

/** A fingerprint of `value` as JSON: `fingerprint({ label: '계약완료' })` → `'1x3k9q2'` (base 36, up to 7 characters). */
export const fingerprint = (value: unknown): string => fnv1a(JSON.stringify(value)).toString(36);
