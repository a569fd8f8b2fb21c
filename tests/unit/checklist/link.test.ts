import { describe, expect, it } from 'vitest';
import { checklistFingerprint, decodeLink, encodeLink, itemHash, assertLinkable, mergeProgress, type LinkChecklist } from '../../../src/lib/checklist/link';

const PLANS = ['일반결제', '정기·간편결제'];
const ids = (count: number) => Array.from({ length: count }, (_, index) => `step-${index + 1}`);
const checklist = (guide: string, itemIds: string[]): LinkChecklist => ({
	guide,
	plans: PLANS,
	itemIds,
	fingerprint: checklistFingerprint(itemIds.map((id) => ({ id, fingerprint: 'x' }))),
});
const KG = checklist('guides/kg-inicis-contract', ids(30));
const TOSS = checklist('guides/toss-payments-contract', ids(12));

/** 15 ticks over five weeks, days in Seoul (noon, as a link restores them). */
const fifteenTicks = Object.fromEntries(
	ids(30)
		.filter((_, index) => index % 2 === 0)
		.map((id, index) => [id, new Date(Date.UTC(2024, 0, 25 + index * 2, 3)).toISOString()]),
);

describe('restore link', () => {
	it('a 30-item checklist with 15 dated ticks and a plan fits in 160 characters and comes back whole', () => {
		const fragment = encodeLink([{ guide: KG.guide, plan: '일반결제', checked: fifteenTicks }], [KG, TOSS]);
		expect(Object.keys(fifteenTicks)).toHaveLength(15);
		expect(fragment.length).toBeLessThanOrEqual(160);
		expect(encodeURI(fragment)).toBe(fragment);
		expect(decodeLink(`#${fragment}`, [KG, TOSS])).toEqual({
			ok: true,
			progress: [{ guide: KG.guide, plan: '일반결제', checked: fifteenTicks, sameChecklist: true, lost: 0 }],
		});
	});

	it('keeps the Seoul day of a tick made late in the evening, and no plan', () => {
		const fragment = encodeLink([{ guide: KG.guide, plan: null, checked: { 'step-3': '2024-01-25T15:30:00.000Z' } }], [KG]);
		const result = decodeLink(fragment, [KG]);
		expect(result.ok && result.progress[0]).toMatchObject({ plan: null, checked: { 'step-3': '2024-01-26T03:00:00.000Z' } });
	});

	it('carries several guides in one link, leaving out the ones not started', () => {
		const fragment = encodeLink(
			[
				{ guide: KG.guide, plan: null, checked: { 'step-1': '2024-03-01T03:00:00.000Z' } },
				{ guide: TOSS.guide, plan: '정기·간편결제', checked: {} },
				{ guide: 'guides/unstarted', plan: null, checked: {} },
			],
			[KG, TOSS],
		);
		const result = decodeLink(fragment, [KG, TOSS]);
		expect(result.ok && result.progress.map(({ guide, plan }) => [guide, plan])).toEqual([
			[KG.guide, null],
			[TOSS.guide, '정기·간편결제'],
		]);
	});

	it('restores by item, not position, after the checklist changed, and says it changed', () => {
		const fragment = encodeLink([{ guide: KG.guide, plan: null, checked: { 'step-2': '2024-03-01T03:00:00.000Z', 'step-5': '2024-03-02T03:00:00.000Z' } }], [KG]);
		const changed = checklist(KG.guide, ['step-5', 'new-step', ...ids(30).filter((id) => id !== 'step-2' && id !== 'step-5')]);
		expect(decodeLink(fragment, [changed])).toEqual({
			ok: true,
			progress: [{ guide: KG.guide, plan: null, checked: { 'step-5': '2024-03-02T03:00:00.000Z' }, sameChecklist: false, lost: 1 }],
		});
	});

	it('a truncated, edited, foreign or newer link is refused with its reason', () => {
		const fragment = encodeLink([{ guide: KG.guide, plan: '일반결제', checked: fifteenTicks }], [KG]);
		for (let length = 0; length < fragment.length; length++) expect(decodeLink(fragment.slice(0, length), [KG])).toEqual({ ok: false, reason: 'damaged' });
		const edited = fragment.replace(/.(?=.{10}$)/, (char) => (char === 'A' ? 'B' : 'A'));
		expect(decodeLink(edited, [KG])).toEqual({ ok: false, reason: 'damaged' });
		expect(decodeLink(fragment, [TOSS])).toEqual({ ok: false, reason: 'foreign' });
		expect(decodeLink('c=%E0%A4%A', [KG])).toEqual({ ok: false, reason: 'damaged' });
		expect(decodeLink('something-else', [KG])).toEqual({ ok: false, reason: 'damaged' });
	});

	it('a link of a newer format is refused as newer', async () => {
		const { fnv1a } = await import('../../../src/lib/checklist/fingerprint');
		const payload = `2.${KG.guide}.whatever`;
		const digits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
		const sum = fnv1a(payload) % 64 ** 3;
		const tail = [2, 1, 0].map((power) => digits[Math.floor(sum / 64 ** power) % 64]).join('');
		expect(decodeLink(`c=${payload}${tail}`, [KG])).toEqual({ ok: false, reason: 'newer' });
	});

	it('the build refuses two items a link cannot tell apart', () => {
		expect(() => assertLinkable('x.yaml', ids(30))).not.toThrow();
		// Two ids with the same hash exist among a few thousand (18 bits of hash).
		const byHash = new Map<string, string>();
		let pair: [string, string] | undefined;
		for (const id of ids(20_000)) {
			const other = byHash.get(itemHash(id));
			if (other) {
				pair = [other, id];
				break;
			}
			byHash.set(itemHash(id), id);
		}
		expect(() => assertLinkable('x.yaml', pair!)).toThrow(`x.yaml: 항목 id "${pair![0]}"와 "${pair![1]}"는 복원 링크에서 구별되지 않습니다`);
	});

	it('merging keeps every tick, the earlier date of both, and this browser’s plan', () => {
		expect(
			mergeProgress(
				{ guide: 'g', plan: null, checked: { a: '2024-01-02T00:00:00.000Z', b: '2024-01-05T00:00:00.000Z' } },
				{ guide: 'g', plan: '일반결제', checked: { b: '2024-01-03T00:00:00.000Z', c: '2024-01-04T00:00:00.000Z' } },
			),
		).toEqual({ guide: 'g', plan: '일반결제', checked: { a: '2024-01-02T00:00:00.000Z', b: '2024-01-03T00:00:00.000Z', c: '2024-01-04T00:00:00.000Z' } });
		expect(mergeProgress({ guide: 'g', plan: '정기·간편결제', checked: {} }, { guide: 'g', plan: '일반결제', checked: {} }).plan).toBe('정기·간편결제');
	});
});
