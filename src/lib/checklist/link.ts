/**
 * The restore / hand-off link: the progress of one or more guides' checklists, packed into a URL fragment so
 * that it is never sent to a server. Compact enough for a QR code and a chat message: a 30-item checklist with
 * 15 dated ticks fits in well under 160 characters.
 *
 *   c=2.<guide>.<checklist fingerprint:4><payment types:2><first day:3><ticks>[~<guide>.…]<checksum:3>
 *
 * The payment types are a bitmask over the fixed vocabulary order (`PAYMENT_TYPES`); days count from 2000-01-01, the
 * first day a tick can have. Each tick is its item's 3-character hash followed by the days since the previous tick
 * (ticks sorted by day) as a base64url VLQ, usually 1 character. Ticks keep their Seoul day, not the time of day.
 * Items are named by hash, not position, so a link still restores every tick it can after the checklist gained, lost
 * or reordered items; the checklist fingerprint tells whether the link was made for the checklist as it is now. The
 * checksum tells a damaged or edited link from a valid one.
 *
 * Version 1 (`c=1.…`) had one plan (its index among the checklist's plans, 0 for none) in place of the types and
 * counted days from 2020-01-01; it is still read, its plan read as that plan's payment types.
 */
import { PAYMENT_TYPES, type PaymentType } from '../procedure/vocabulary';
import { fnv1a } from './fingerprint';
import { LINK_KEY } from './link-key';
import { normalTypes, parseTickDate, TICK_DAYS, tickDay } from './record';

export const LINK_VERSION = 2;

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const DAY = 86_400_000;
/** Where each version counts days from. */
const EPOCHS: Record<number, number> = { 1: Date.UTC(2020, 0, 1), 2: Date.parse(`${TICK_DAYS.first}T00:00:00Z`) };
/** Longer than any link the site makes for every checklist it has: decoding stops before reading more. */
export const LINK_MAX_LENGTH = 16_384;
/** A day difference fits in 4 VLQ digits (about a million days); more is an attack on the decoder. */
const VLQ_MAX_DIGITS = 4;
const TYPE_DIGITS = 2;

/** What the link needs to know of a guide's checklist, from the site's catalogue of checklists. */
export interface LinkChecklist {
	guide: string;
	/** Of the checklist as built, see `checklistFingerprint`. */
	fingerprint: string;
	/** The plan ids of version 1 links, in their order, and the payment types each stands for. */
	plans: readonly string[];
	planTypes: readonly (readonly PaymentType[])[];
	itemIds: readonly string[];
}

/** One guide's progress as the link carries it. */
export interface LinkProgress {
	guide: string;
	types: PaymentType[] | null;
	/** Ticked item id → when (ISO 8601). */
	checked: Record<string, string>;
}

export interface DecodedProgress extends LinkProgress {
	/** False when the link was made for an earlier (or later) version of this checklist. */
	sameChecklist: boolean;
	/** Ticks of items this checklist no longer has: they cannot be restored. */
	lost: number;
}

export type DecodeResult = { ok: true; progress: DecodedProgress[] } | { ok: false; reason: 'damaged' | 'newer' | 'foreign' | 'long' };

/**
 * A link made, with the number of ticks of items the checklists no longer have (left out); or, when a tick's date
 * is one a link cannot carry, that tick, and no link: a link made is a link that restores exactly.
 */
export type EncodeResult = { ok: true; fragment: string; leftOut: number } | { ok: false; guide: string; item: string };

const fixed = (value: number, length: number) => {
	let text = '';
	for (let index = length - 1; index >= 0; index--) text += DIGITS[Math.floor(value / 64 ** index) % 64];
	return text;
};

const vlq = (value: number) => {
	let text = '';
	do {
		const low = value % 32;
		value = Math.floor(value / 32);
		text += DIGITS[low + (value > 0 ? 32 : 0)];
	} while (value > 0);
	return text;
};

/** The 3-character name of an item in a link (distinct within a checklist: the build checks, see `assertLinkable`). */
export const itemHash = (id: string) => fixed(fnv1a(id) % 64 ** 3, 3);

/** 4 characters naming the checklist's items and their content, so a link can tell whether the checklist changed. */
export const checklistFingerprint = (items: readonly { id: string; fingerprint: string }[]) =>
	fixed(fnv1a(items.map((item) => `${item.id}:${item.fingerprint}`).join('\n')) % 64 ** 4, 4);

const checksum = (text: string) => fixed(fnv1a(text) % 64 ** 3, 3);

const dayNumber = (iso: string, version: number) => Math.round((Date.parse(`${tickDay(iso)}T00:00:00Z`) - EPOCHS[version]!) / DAY);
/** Noon in Seoul on the day: the tick's day is what the link keeps. Null when the gate refuses it. */
const dayTimestamp = (day: number, version: number) => parseTickDate(new Date(EPOCHS[version]! + day * DAY + 3 * 3_600_000).toISOString());

/** Fails, naming the items, when two item ids of a checklist share a link hash (rename one of them). */
export function assertLinkable(file: string, itemIds: readonly string[]): void {
	const seen = new Map<string, string>();
	for (const id of itemIds) {
		const other = seen.get(itemHash(id));
		if (other) throw new Error(`${file}: 항목 id "${other}"와 "${id}"는 복원 링크에서 구별되지 않습니다. 둘 중 하나의 id를 바꿔 주세요.`);
		seen.set(itemHash(id), id);
	}
}

const typeMask = (types: readonly PaymentType[] | null) => (types ?? []).reduce((mask, type) => mask | (1 << PAYMENT_TYPES.indexOf(type)), 0);

/** The fragment (without `#`) carrying `progress`; guides without ticks or types are left out. */
export function encodeLink(progress: readonly LinkProgress[], checklists: readonly LinkChecklist[]): EncodeResult {
	const blocks: string[] = [];
	let leftOut = 0;
	for (const { guide, types, checked } of progress) {
		const checklist = checklists.find((candidate) => candidate.guide === guide);
		if (!checklist) continue;
		const ticks: { id: string; day: number }[] = [];
		for (const [id, at] of Object.entries(checked)) {
			if (!checklist.itemIds.includes(id)) {
				leftOut++;
				continue;
			}
			if (parseTickDate(at) === null) return { ok: false, guide, item: id };
			ticks.push({ id, day: dayNumber(at, LINK_VERSION) });
		}
		ticks.sort((a, b) => a.day - b.day);
		const mask = typeMask(types);
		if (ticks.length === 0 && mask === 0) continue;
		let previous = ticks[0]?.day ?? 0;
		const body = ticks.map(({ id, day }) => {
			const text = itemHash(id) + vlq(day - previous);
			previous = day;
			return text;
		});
		blocks.push(`${guide}.${checklist.fingerprint}${fixed(mask, TYPE_DIGITS)}${fixed(ticks[0]?.day ?? 0, 3)}${body.join('')}`);
	}
	const payload = `${LINK_VERSION}.${blocks.join('~')}`;
	return { ok: true, fragment: `${LINK_KEY}=${payload}${checksum(payload)}`, leftOut };
}

const digit = (char: string | undefined) => (char === undefined ? -1 : DIGITS.indexOf(char));

function readFixed(text: string, at: number, length: number): number {
	let value = 0;
	for (let index = at; index < at + length; index++) {
		const next = digit(text[index]);
		if (next < 0) return Number.NaN;
		value = value * 64 + next;
	}
	return value;
}

/** The payment types of a block's head: a bitmask (version 2) or a plan's index plus one (version 1). */
function blockTypes(body: string, version: number, checklist: LinkChecklist): PaymentType[] | null | undefined {
	if (version === 1) {
		const plan = digit(body[4]);
		if (plan === 0) return null;
		const types = plan > 0 ? checklist.planTypes[plan - 1] : undefined;
		return types ? normalTypes(types) : undefined;
	}
	const mask = readFixed(body, 4, TYPE_DIGITS);
	if (Number.isNaN(mask) || mask >= 2 ** PAYMENT_TYPES.length) return undefined;
	return normalTypes(PAYMENT_TYPES.filter((_, index) => mask & (1 << index)));
}

/** One guide's block, or null when it does not parse. */
function decodeBlock(block: string, version: number, checklists: readonly LinkChecklist[]): DecodedProgress | 'foreign' | null {
	const dot = block.lastIndexOf('.');
	const guide = block.slice(0, dot);
	const body = block.slice(dot + 1);
	const head = version === 1 ? 5 : 4 + TYPE_DIGITS;
	if (dot < 1 || body.length < head + 3) return null;
	const checklist = checklists.find((candidate) => candidate.guide === guide);
	if (!checklist) return 'foreign';
	const types = blockTypes(body, version, checklist);
	let day = readFixed(body, head, 3);
	if (types === undefined || Number.isNaN(day)) return null;
	const byHash = new Map(checklist.itemIds.map((id) => [itemHash(id), id]));
	const seen = new Set<string>();
	const checked: [string, string][] = [];
	let lost = 0;
	let at = head + 3;
	while (at < body.length) {
		const hash = body.slice(at, at + 3);
		at += 3;
		if (seen.has(hash)) return null;
		seen.add(hash);
		let delta = 0;
		let scale = 1;
		let next: number;
		let digits = 0;
		do {
			next = digit(body[at++]);
			if (next < 0 || ++digits > VLQ_MAX_DIGITS) return null;
			delta += (next % 32) * scale;
			scale *= 32;
		} while (next >= 32);
		day += delta;
		const date = dayTimestamp(day, version);
		if (date === null) return null;
		const id = byHash.get(hash);
		if (id) checked.push([id, date]);
		else lost++;
	}
	return { guide, types, checked: Object.fromEntries(checked), sameChecklist: body.slice(0, 4) === checklist.fingerprint, lost };
}

/** The progress in a fragment (`c=…`, with or without `#`), for this site's `checklists`, or why it cannot be read. */
export function decodeLink(fragment: string, checklists: readonly LinkChecklist[]): DecodeResult {
	if (fragment.length > LINK_MAX_LENGTH) return { ok: false, reason: 'long' };
	let text: string;
	try {
		text = decodeURIComponent(fragment.replace(/^#/, ''));
	} catch {
		return { ok: false, reason: 'damaged' };
	}
	if (!text.startsWith(`${LINK_KEY}=`)) return { ok: false, reason: 'damaged' };
	const payload = text.slice(LINK_KEY.length + 1, -3);
	if (checksum(payload) !== text.slice(-3)) return { ok: false, reason: 'damaged' };
	const [version, ...rest] = payload.split('.');
	if (!/^\d{1,3}$/.test(version!) || Number(version) < 1) return { ok: false, reason: 'damaged' };
	if (Number(version) > LINK_VERSION) return { ok: false, reason: 'newer' };
	const blocks = rest.join('.').split('~').filter(Boolean);
	const progress: DecodedProgress[] = [];
	for (const block of blocks) {
		const decoded = decodeBlock(block, Number(version), checklists);
		if (decoded === null) return { ok: false, reason: 'damaged' };
		if (decoded === 'foreign') continue;
		// The site never makes two blocks for one guide: which one to believe is unknowable.
		if (progress.some((other) => other.guide === decoded.guide)) return { ok: false, reason: 'damaged' };
		progress.push(decoded);
	}
	return progress.length > 0 ? { ok: true, progress } : { ok: false, reason: blocks.length > 0 ? 'foreign' : 'damaged' };
}

/** Why a link could not be read, for the reader. */
export const LINK_ERRORS = {
	damaged: '링크가 잘렸거나 바뀌어 읽을 수 없습니다. 링크를 처음부터 끝까지 다시 복사해 주세요.',
	newer: '더 새로운 버전의 사이트에서 만든 링크라 읽을 수 없습니다. 페이지를 새로 고친 뒤 다시 열어 주세요.',
	foreign: '이 사이트의 체크리스트 링크가 아닙니다.',
	long: '이 사이트가 만드는 복원 링크보다 훨씬 길어 읽지 않았습니다.',
} as const;
