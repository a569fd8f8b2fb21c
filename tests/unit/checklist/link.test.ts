import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fnv1a } from '../../../src/lib/checklist/fingerprint';
import { assertLinkable, checklistFingerprint, decodeLink, encodeLink, itemHash, LINK_MAX_LENGTH, type LinkChecklist, type LinkProgress } from '../../../src/lib/checklist/link';
import { parseTickDate, tickDay } from '../../../src/lib/checklist/record';
import { PAYMENT_TYPES, type PaymentType } from '../../../src/lib/procedure/vocabulary';

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const ids = (count: number) => Array.from({ length: count }, (_, index) => `step-${index + 1}`);
/** KG이니시스's plans as version 1 links name them. */
const checklist = (guide: string, itemIds: string[]): LinkChecklist => ({
	guide,
	plans: ['일반결제', '정기·간편결제'],
	planTypes: [['general'], ['recurring', 'easypay']],
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

const encoded = (progress: LinkProgress[], checklists: LinkChecklist[]) => {
	const result = encodeLink(progress, checklists);
	if (!result.ok) throw new Error(`not encoded: ${result.item}`);
	return result.fragment;
};

const checksum = (text: string) => {
	const sum = fnv1a(text) % 64 ** 3;
	return [2, 1, 0].map((power) => DIGITS[Math.floor(sum / 64 ** power) % 64]).join('');
};
/** A link with a valid checksum around any payload: what a crafted link looks like. */
const signed = (payload: string) => `c=${payload}${checksum(payload)}`;

describe('restore link', () => {
	it('a 30-item checklist with 15 dated ticks and three types fits in 160 characters and comes back whole', () => {
		const fragment = encoded([{ guide: KG.guide, types: ['general', 'recurring', 'easypay'], checked: fifteenTicks }], [KG, TOSS]);
		expect(fragment.startsWith('c=2.')).toBe(true);
		expect(fragment.length).toBeLessThanOrEqual(160);
		expect(encodeURI(fragment)).toBe(fragment);
		expect(decodeLink(`#${fragment}`, [KG, TOSS])).toEqual({
			ok: true,
			progress: [{ guide: KG.guide, types: ['general', 'recurring', 'easypay'], checked: fifteenTicks, sameChecklist: true, lost: 0 }],
		});
	});

	it('keeps the Seoul day of a tick made late in the evening, and no types', () => {
		const fragment = encoded([{ guide: KG.guide, types: null, checked: { 'step-3': '2024-01-25T15:30:00.000Z' } }], [KG]);
		const result = decodeLink(fragment, [KG]);
		expect(result.ok && result.progress[0]).toMatchObject({ types: null, checked: { 'step-3': '2024-01-26T03:00:00.000Z' } });
	});

	it('carries a tick dated before 2020 (issue 25, item 1: such a link used to restore nothing)', () => {
		const checked = { 'step-1': '2019-12-20T03:00:00.000Z', 'step-2': '2000-01-01T03:00:00.000Z' };
		const fragment = encoded([{ guide: KG.guide, types: null, checked }], [KG]);
		expect(fragment).not.toContain('undefined');
		expect(decodeLink(fragment, [KG])).toMatchObject({ ok: true, progress: [{ checked }] });
	});

	it('refuses to make a link of a date it cannot carry, naming the tick; leaves out (and counts) ticks of items gone', () => {
		expect(encodeLink([{ guide: KG.guide, types: null, checked: { 'step-1': '1999-06-01T03:00:00.000Z' } }], [KG])).toEqual({ ok: false, guide: KG.guide, item: 'step-1' });
		expect(encodeLink([{ guide: KG.guide, types: null, checked: { 'step-1': '2024-06-01T03:00:00.000Z', gone: '2024-06-01T03:00:00.000Z' } }], [KG])).toMatchObject({ ok: true, leftOut: 1 });
	});

	it('carries several guides in one link, leaving out the ones not started', () => {
		const fragment = encoded(
			[
				{ guide: KG.guide, types: null, checked: { 'step-1': '2024-03-01T03:00:00.000Z' } },
				{ guide: TOSS.guide, types: ['easypay'], checked: {} },
				{ guide: 'guides/unstarted', types: null, checked: {} },
			],
			[KG, TOSS],
		);
		const result = decodeLink(fragment, [KG, TOSS]);
		expect(result.ok && result.progress.map(({ guide, types }) => [guide, types])).toEqual([
			[KG.guide, null],
			[TOSS.guide, ['easypay']],
		]);
	});

	it('restores by item, not position, after the checklist changed, and says it changed', () => {
		const fragment = encoded([{ guide: KG.guide, types: null, checked: { 'step-2': '2024-03-01T03:00:00.000Z', 'step-5': '2024-03-02T03:00:00.000Z' } }], [KG]);
		const changed = checklist(KG.guide, ['step-5', 'new-step', ...ids(30).filter((id) => id !== 'step-2' && id !== 'step-5')]);
		expect(decodeLink(fragment, [changed])).toEqual({
			ok: true,
			progress: [{ guide: KG.guide, types: null, checked: { 'step-5': '2024-03-02T03:00:00.000Z' }, sameChecklist: false, lost: 1 }],
		});
	});

	it('a truncated, edited, foreign or newer link is refused with its reason', () => {
		const fragment = encoded([{ guide: KG.guide, types: ['general'], checked: fifteenTicks }], [KG]);
		for (let length = 0; length < fragment.length; length++) expect(decodeLink(fragment.slice(0, length), [KG])).toEqual({ ok: false, reason: 'damaged' });
		const edited = fragment.replace(/.(?=.{10}$)/, (char) => (char === 'A' ? 'B' : 'A'));
		expect(decodeLink(edited, [KG])).toEqual({ ok: false, reason: 'damaged' });
		expect(decodeLink(fragment, [TOSS])).toEqual({ ok: false, reason: 'foreign' });
		expect(decodeLink('c=%E0%A4%A', [KG])).toEqual({ ok: false, reason: 'damaged' });
		expect(decodeLink('something-else', [KG])).toEqual({ ok: false, reason: 'damaged' });
		expect(decodeLink(signed(`3.${KG.guide}.whatever`), [KG])).toEqual({ ok: false, reason: 'newer' });
	});

	describe('crafted links (issue 25, item 7)', () => {
		const head = `2.${KG.guide}.${KG.fingerprint}AAAAA`;

		it('a day difference of 300 continuation digits is refused, not thrown', () => {
			expect(() => decodeLink(signed(`${head}${itemHash('step-1')}${'g'.repeat(300)}A`), [KG])).not.toThrow();
			expect(decodeLink(signed(`${head}${itemHash('step-1')}${'g'.repeat(300)}A`), [KG])).toEqual({ ok: false, reason: 'damaged' });
		});

		it('a day past 2100 is refused: every date is checked', () => {
			// 36,890 days after 2000-01-01 is 2101-01-01.
			expect(decodeLink(signed(`2.${KG.guide}.${KG.fingerprint}AAJAa${itemHash('step-1')}A`), [KG])).toEqual({ ok: false, reason: 'damaged' });
			expect(decodeLink(signed(`2.${KG.guide}.${KG.fingerprint}AAJAZ${itemHash('step-1')}A`), [KG])).toMatchObject({ ok: true, progress: [{ checked: { 'step-1': '2100-12-31T03:00:00.000Z' } }] });
		});

		it('a 1.87 MB link is refused at once', () => {
			const huge = signed(`${head}${`${itemHash('step-1')}A`.repeat(470_000)}`);
			const started = performance.now();
			expect(decodeLink(huge, [KG])).toEqual({ ok: false, reason: 'long' });
			expect(performance.now() - started).toBeLessThan(50);
			expect(decodeLink(`c=${'A'.repeat(LINK_MAX_LENGTH)}`, [KG])).toEqual({ ok: false, reason: 'long' });
		});

		it('two blocks for one guide, or one item twice, are refused rather than one of them dropped', () => {
			const block = `${KG.guide}.${KG.fingerprint}AAAAA${itemHash('step-1')}A`;
			expect(decodeLink(signed(`2.${block}~${block}`), [KG])).toEqual({ ok: false, reason: 'damaged' });
			expect(decodeLink(signed(`2.${block}${itemHash('step-1')}A`), [KG])).toEqual({ ok: false, reason: 'damaged' });
		});

		it('unknown payment-type bits are refused', () => {
			expect(decodeLink(signed(`2.${KG.guide}.${KG.fingerprint}${DIGITS[2]}AAAA`), [KG])).toEqual({ ok: false, reason: 'damaged' });
		});
	});

	it('a link of the plan era (version 1) still opens: its plan becomes the plan’s types, its days count from 2020', () => {
		const v1 = (plan: number) => signed(`1.${KG.guide}.${KG.fingerprint}${DIGITS[plan]}AAB${itemHash('step-1')}A${itemHash('step-2')}C`);
		expect(decodeLink(v1(2), [KG])).toEqual({
			ok: true,
			progress: [{ guide: KG.guide, types: ['recurring', 'easypay'], checked: { 'step-1': '2020-01-02T03:00:00.000Z', 'step-2': '2020-01-04T03:00:00.000Z' }, sameChecklist: true, lost: 0 }],
		});
		expect(decodeLink(v1(1), [KG])).toMatchObject({ ok: true, progress: [{ types: ['general'] }] });
		expect(decodeLink(v1(0), [KG])).toMatchObject({ ok: true, progress: [{ types: null }] });
		expect(decodeLink(v1(3), [KG])).toEqual({ ok: false, reason: 'damaged' });
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
});

describe('encode → decode (property: a link made is a link that restores exactly)', () => {
	const FIRST = Date.parse('1999-12-31T15:00:00.000Z');
	const LAST = Date.parse('2100-12-31T14:59:59.999Z');
	/** Any moment the date gate lets in, the ends included. */
	const gateDate = fc.oneof(fc.integer({ min: FIRST, max: LAST }), fc.constantFrom(FIRST, LAST)).map((time) => new Date(time).toISOString());
	const types = fc.option(fc.subarray([...PAYMENT_TYPES], { minLength: 1 }), { nil: null });
	const progress = (checklist: LinkChecklist) =>
		fc.record({ guide: fc.constant(checklist.guide), types, checked: fc.dictionary(fc.constantFrom(...checklist.itemIds), gateDate, { maxKeys: checklist.itemIds.length }) });
	/** What a link keeps of a tick: its Seoul day, at noon. */
	const noon = (at: string) => new Date(`${tickDay(at)}T12:00:00+09:00`).toISOString();

	it('gives back every started guide’s types and every tick on its Seoul day', () => {
		fc.assert(
			fc.property(fc.tuple(progress(KG), progress(TOSS)), (records) => {
				for (const record of records) for (const at of Object.values(record.checked)) expect(parseTickDate(at)).toBe(at);
				const result = decodeLink(encoded(records, [KG, TOSS]), [KG, TOSS]);
				const started = records.filter((record) => record.types || Object.keys(record.checked).length > 0);
				const expected = started.map((record) => ({
					guide: record.guide,
					types: record.types && PAYMENT_TYPES.filter((type) => record.types!.includes(type as PaymentType)),
					checked: Object.fromEntries(Object.entries(record.checked).map(([id, at]) => [id, noon(at)])),
					sameChecklist: true,
					lost: 0,
				}));
				if (started.length === 0) expect(result).toEqual({ ok: false, reason: 'damaged' });
				else expect(result.ok && result.progress.map((decoded) => ({ ...decoded, checked: Object.fromEntries(Object.entries(decoded.checked).sort()) }))).toEqual(
					expected.map((decoded) => ({ ...decoded, checked: Object.fromEntries(Object.entries(decoded.checked).sort()) })),
				);
			}),
			{ numRuns: 500 },
		);
	});
});
