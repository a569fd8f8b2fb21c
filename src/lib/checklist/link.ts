/**
 * The restore / hand-off link: the progress of one or more guides' checklists, packed into a URL fragment so
 * that it is never sent to a server. Compact enough for a QR code and a chat message: a 30-item checklist with
 * 15 dated ticks fits in well under 160 characters.
 *
 *   c=1.<guide>.<checklist fingerprint:4><plan:1><first day:3><ticks>[~<guide>.…]<checksum:3>
 *
 * Each tick is its item's 3-character hash followed by the days since the previous tick (ticks sorted by day) as
 * a base64url VLQ, usually 1 character. Ticks keep their Seoul day, not the time of day. Items are named by hash,
 * not position, so a link still restores every tick it can after the checklist gained, lost or reordered items;
 * the checklist fingerprint tells whether the link was made for the checklist as it is now. The checksum tells a
 * damaged or edited link from a valid one.
 */
import { seoulDay } from '../dates';
import { fnv1a } from './fingerprint';
import { LINK_KEY } from './link-key';

export const LINK_VERSION = 1;

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const EPOCH = Date.UTC(2020, 0, 1);
const DAY = 86_400_000;

/** What the link needs to know of a guide's checklist, from the site's catalogue of checklists. */
export interface LinkChecklist {
	guide: string;
	/** Of the checklist as built, see `checklistFingerprint`. */
	fingerprint: string;
	/** The plans a reader may choose, in order. */
	plans: readonly string[];
	itemIds: readonly string[];
}

/** One guide's progress as the link carries it. */
export interface LinkProgress {
	guide: string;
	plan: string | null;
	/** Ticked item id → when (ISO 8601). */
	checked: Record<string, string>;
}

export interface DecodedProgress extends LinkProgress {
	/** False when the link was made for an earlier (or later) version of this checklist. */
	sameChecklist: boolean;
	/** Ticks of items this checklist no longer has: they cannot be restored. */
	lost: number;
}

export type DecodeResult = { ok: true; progress: DecodedProgress[] } | { ok: false; reason: 'damaged' | 'newer' | 'foreign' };

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

const dayNumber = (iso: string) => Math.round((Date.parse(`${seoulDay(new Date(iso))}T00:00:00Z`) - EPOCH) / DAY);
/** Noon in Seoul on the day: the tick's day is what the link keeps. */
const dayTimestamp = (day: number) => new Date(EPOCH + day * DAY + 3 * 3_600_000).toISOString();

/** Fails, naming the items, when two item ids of a checklist share a link hash (rename one of them). */
export function assertLinkable(file: string, itemIds: readonly string[]): void {
	const seen = new Map<string, string>();
	for (const id of itemIds) {
		const other = seen.get(itemHash(id));
		if (other) throw new Error(`${file}: 항목 id "${other}"와 "${id}"는 복원 링크에서 구별되지 않습니다. 둘 중 하나의 id를 바꿔 주세요.`);
		seen.set(itemHash(id), id);
	}
}

/** The fragment (without `#`) carrying `progress`; guides without ticks or plan are left out. */
export function encodeLink(progress: readonly LinkProgress[], checklists: readonly LinkChecklist[]): string {
	const blocks: string[] = [];
	for (const { guide, plan, checked } of progress) {
		const checklist = checklists.find((candidate) => candidate.guide === guide);
		if (!checklist) continue;
		const ticks = Object.entries(checked)
			.filter(([id]) => checklist.itemIds.includes(id))
			.map(([id, at]) => ({ id, day: dayNumber(at) }))
			.sort((a, b) => a.day - b.day);
		const planIndex = plan === null ? -1 : checklist.plans.indexOf(plan);
		if (ticks.length === 0 && planIndex < 0) continue;
		let previous = ticks[0]?.day ?? 0;
		const body = ticks.map(({ id, day }) => {
			const text = itemHash(id) + vlq(day - previous);
			previous = day;
			return text;
		});
		blocks.push(`${guide}.${checklist.fingerprint}${DIGITS[planIndex + 1]}${fixed(ticks[0]?.day ?? 0, 3)}${body.join('')}`);
	}
	const payload = `${LINK_VERSION}.${blocks.join('~')}`;
	return `${LINK_KEY}=${payload}${checksum(payload)}`;
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

/** One guide's block, or null when it does not parse. */
function decodeBlock(block: string, checklists: readonly LinkChecklist[]): DecodedProgress | 'foreign' | null {
	const dot = block.lastIndexOf('.');
	const guide = block.slice(0, dot);
	const body = block.slice(dot + 1);
	if (dot < 1 || body.length < 8) return null;
	const checklist = checklists.find((candidate) => candidate.guide === guide);
	if (!checklist) return 'foreign';
	const planIndex = digit(body[4]) - 1;
	let day = readFixed(body, 5, 3);
	if (planIndex >= checklist.plans.length || Number.isNaN(day)) return null;
	const byHash = new Map(checklist.itemIds.map((id) => [itemHash(id), id]));
	const checked: Record<string, string> = {};
	let lost = 0;
	let at = 8;
	while (at < body.length) {
		const hash = body.slice(at, at + 3);
		at += 3;
		let delta = 0;
		let scale = 1;
		let next: number;
		do {
			next = digit(body[at++]);
			if (next < 0) return null;
			delta += (next % 32) * scale;
			scale *= 32;
		} while (next >= 32);
		day += delta;
		const id = byHash.get(hash);
		if (id) checked[id] = dayTimestamp(day);
		else lost++;
	}
	return { guide, plan: checklist.plans[planIndex] ?? null, checked, sameChecklist: body.slice(0, 4) === checklist.fingerprint, lost };
}

/** The progress in a fragment (`c=…`, with or without `#`), for this site's `checklists`, or why it cannot be read. */
export function decodeLink(fragment: string, checklists: readonly LinkChecklist[]): DecodeResult {
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
	if (!/^\d+$/.test(version!)) return { ok: false, reason: 'damaged' };
	if (Number(version) > LINK_VERSION) return { ok: false, reason: 'newer' };
	const blocks = rest.join('.').split('~').filter(Boolean);
	const progress: DecodedProgress[] = [];
	for (const block of blocks) {
		const decoded = decodeBlock(block, checklists);
		if (decoded === null) return { ok: false, reason: 'damaged' };
		if (decoded !== 'foreign') progress.push(decoded);
	}
	return progress.length > 0 ? { ok: true, progress } : { ok: false, reason: blocks.length > 0 ? 'foreign' : 'damaged' };
}

/** Why a link could not be read, for the reader. */
export const LINK_ERRORS = {
	damaged: '링크가 잘렸거나 바뀌어 읽을 수 없습니다. 링크를 처음부터 끝까지 다시 복사해 주세요.',
	newer: '더 새로운 버전의 사이트에서 만든 링크라 읽을 수 없습니다. 페이지를 새로 고친 뒤 다시 열어 주세요.',
	foreign: '이 사이트의 체크리스트 링크가 아닙니다.',
} as const;

/**
 * This browser's progress of a guide together with a link's: every tick of either (the earlier date where both
 * ticked an item), and this browser's plan unless it has none.
 */
export function mergeProgress(mine: LinkProgress, theirs: LinkProgress): LinkProgress {
	const checked = { ...theirs.checked };
	for (const [id, at] of Object.entries(mine.checked)) if (!(id in checked) || Date.parse(at) < Date.parse(checked[id]!)) checked[id] = at;
	return { guide: mine.guide, plan: mine.plan ?? theirs.plan, checked };
}
