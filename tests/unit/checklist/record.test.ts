import { describe, expect, it } from 'vitest';
import { exportRecord, parseExport } from '../../../src/lib/checklist/export-file';
import { emptyRecord, parseRecord, parseTickDate, parseTickDay, RECORD_VERSION, tickDay, type ChecklistRecord, type PlanTypes } from '../../../src/lib/checklist/record';

const GUIDE = 'guides/kg-inicis-contract';
const record: ChecklistRecord = { version: RECORD_VERSION, guide: GUIDE, checked: { apply: '2024-01-25T15:00:00.000Z' }, types: ['general'], fingerprints: { apply: 'abc123' } };
const ITEMS = new Map([
	['apply', '가입신청서 제출'],
	['documents', '서류 발송'],
]);
/** KG이니시스's plans, whose ids are not payment types. */
const PLANS: PlanTypes = [
	['일반결제', ['general']],
	['정기·간편결제', ['recurring', 'easypay']],
];

describe('parseTickDate', () => {
	it.each([
		['2024-01-25T15:00:00.000Z', '2024-01-25T15:00:00.000Z', '2024-01-25T15:00:00.000Z'],
		['2024-01-25T15:00Z', '2024-01-25T15:00Z', '2024-01-25T15:00:00.000Z'],
		['2024-01-26T00:00:00+09:00', '2024-01-26T00:00:00+09:00', '2024-01-25T15:00:00.000Z'],
		['the first moment of 2000 in Seoul', '2000-01-01T00:00:00+09:00', '1999-12-31T15:00:00.000Z'],
		['the last moment of 2100 in Seoul', '2100-12-31T14:59:59.999Z', '2100-12-31T14:59:59.999Z'],
	] as const)('reads %s', (_, value, date) => {
		expect(parseTickDate(value)).toBe(date);
	});

	it.each([
		['the largest date there is', '+275760-09-13T00:00:00.000Z'],
		['a six-digit year', '+010000-01-01T00:00:00.000Z'],
		['the year 999', '0999-06-01T00:00:00.000Z'],
		['the year 202', '0202-12-01T03:00:00.000Z'],
		['2101 in Seoul', '2100-12-31T15:00:00.000Z'],
		['1999 in Seoul (a clock at 2000-01-01 00:30 UTC+9 is 1999 in UTC, fine; this is 1999 in Seoul)', '1999-12-31T14:59:59.999Z'],
		['1970, a device clock reset', '1970-01-01T00:00:00.000Z'],
		['slashes', '2024/01/05'],
		['a bare number', '1'],
		['a date without time', '2024-01-05'],
		['no offset', '2024-01-05T00:00:00'],
		['30 February', '2024-02-30T00:00:00Z'],
		['hour 24', '2024-01-05T24:00:00Z'],
		['words', 'yesterday'],
		['a number', 1706194800000],
		['nothing', null],
	])('refuses %s', (_, value) => {
		expect(parseTickDate(value)).toBeNull();
	});

	it('gives days that never throw to format', () => {
		expect(tickDay('1999-12-31T15:00:00.000Z')).toBe('2000-01-01');
		expect(tickDay('2100-12-31T14:59:59.999Z')).toBe('2100-12-31');
	});
});

describe('parseTickDay (a typed day)', () => {
	it('is noon in Seoul on a real day from 2000 to today', () => {
		expect(parseTickDay('2024-01-22', '2024-02-01')).toBe('2024-01-22T03:00:00.000Z');
		expect(parseTickDay('2000-01-01', '2024-02-01')).toBe('2000-01-01T03:00:00.000Z');
	});

	it.each(['1999-12-31', '0202-12-01', '2205-12-01', '2024-02-02', '2024-02-30', '2024-2-1', '', '+02024-01-01'])('refuses %s', (day) => {
		expect(parseTickDay(day, '2024-02-01')).toBeNull();
	});
});

describe('parseRecord', () => {
	it('reads a valid record', () => {
		expect(parseRecord(JSON.stringify(record), GUIDE)).toEqual({ ok: true, record, aside: [] });
	});

	it.each([
		['not JSON', '{"version":'],
		['not an object', '[1,2]'],
		['no version', JSON.stringify({ guide: GUIDE, checked: {} })],
		['a version below 1', JSON.stringify({ ...record, version: 0 })],
		['ticks as a list (positions)', JSON.stringify({ ...record, checked: [true, false] })],
	])('refuses %s as invalid', (_, text) => {
		expect(parseRecord(text, GUIDE)).toEqual({ ok: false, reason: 'invalid' });
	});

	it.each(['yesterday', '+275760-09-13T00:00:00.000Z', '0202-12-01T03:00:00.000Z', '2205-12-01T03:00:00.000Z', '2024/01/05', '1', true])(
		'sets aside a tick dated %s, naming the item, and keeps every other entry',
		(date) => {
			const text = JSON.stringify({ ...record, checked: { documents: date, ...record.checked }, fingerprints: { ...record.fingerprints, documents: 'x' } });
			expect(parseRecord(text, GUIDE)).toEqual({ ok: true, record, aside: [{ item: 'documents', value: date }] });
		},
	);

	it('leaves out a change time or fingerprint that is not one, and unknown types, keeping the rest', () => {
		const text = JSON.stringify({
			...record,
			types: ['general', 'nonsense', 3, 'general'],
			fingerprints: { apply: 'abc123', documents: 7 },
			changed: { apply: '2024-01-25T15:00:00.000Z', documents: '1970-01-01T00:00:00.000Z', '#types': 12 },
		});
		expect(parseRecord(text, GUIDE)).toEqual({ ok: true, record: { ...record, changed: { apply: '2024-01-25T15:00:00.000Z' } }, aside: [] });
		expect(parseRecord(JSON.stringify({ ...record, types: 'general' }), GUIDE)).toMatchObject({ ok: true, record: { types: null } });
	});

	it('keeps ids that objects already have as plain ids (constructor, __proto__, toString)', () => {
		const text = '{"version":4,"guide":"guides/kg-inicis-contract","checked":{"__proto__":"2024-01-25T15:00:00.000Z","constructor":"2024-01-25T15:00:00.000Z"},"types":null,"fingerprints":{}}';
		const result = parseRecord(text, GUIDE);
		expect(result.ok && Object.keys(result.record.checked)).toEqual(['__proto__', 'constructor']);
		expect(result.ok && Object.getPrototypeOf(result.record.checked)).toBe(Object.prototype);
		expect(parseRecord(JSON.stringify({ version: 4, guide: GUIDE, checked: {}, types: null, fingerprints: {} }), GUIDE)).toMatchObject({ ok: true, record: { checked: {} } });
	});

	it('refuses another guide’s record as foreign', () => {
		expect(parseRecord(JSON.stringify({ ...record, guide: 'guides/other' }), GUIDE)).toEqual({ ok: false, reason: 'foreign' });
	});

	it('does not read a record from a newer version of the site', () => {
		expect(parseRecord(JSON.stringify({ ...record, version: RECORD_VERSION + 1, types: 'x' }), GUIDE)).toEqual({ ok: false, reason: 'newer' });
	});
});

/** Records as each earlier version of the site stored them: every tick and date comes through. */
describe('migration from every earlier version', () => {
	const ticks = { apply: '2024-01-25T15:00:00.000Z', 'contract-done': '2024-02-01T03:00:00.000Z' };

	it('version 1 (ticks only): no types chosen', () => {
		const v1 = { version: 1, guide: GUIDE, checked: ticks };
		expect(parseRecord(JSON.stringify(v1), GUIDE, PLANS)).toEqual({ ok: true, record: { version: RECORD_VERSION, guide: GUIDE, checked: ticks, types: null, fingerprints: {} }, aside: [] });
	});

	it('version 2 (a plan, no fingerprints): the plan becomes its types', () => {
		const v2 = { version: 2, guide: GUIDE, checked: ticks, plan: '일반결제' };
		expect(parseRecord(JSON.stringify(v2), GUIDE, PLANS)).toMatchObject({ ok: true, record: { checked: ticks, types: ['general'], fingerprints: {} } });
	});

	it.each([
		['KG이니시스’s 일반결제', '일반결제', ['general']],
		['KG이니시스’s 정기·간편결제, two types', '정기·간편결제', ['recurring', 'easypay']],
		['a plan named after its type (NHN KCP’s recurring)', 'recurring', ['recurring']],
		['no plan', null, null],
		['a plan this checklist no longer has', '없어진결제', null],
	])('version 3 with %s', (_, plan, types) => {
		const v3 = { version: 3, guide: GUIDE, checked: ticks, plan, fingerprints: { apply: 'fp' }, changed: { apply: ticks.apply, '#plan': '2024-02-01T03:00:00.000Z' } };
		expect(parseRecord(JSON.stringify(v3), GUIDE, PLANS)).toEqual({
			ok: true,
			record: { version: RECORD_VERSION, guide: GUIDE, checked: ticks, types, fingerprints: { apply: 'fp' }, changed: { apply: ticks.apply, '#types': '2024-02-01T03:00:00.000Z' } },
			aside: [],
		});
	});

	it('a bad date that came in through a migration is set aside alone', () => {
		const v1 = { version: 1, guide: GUIDE, checked: { ...ticks, documents: '0999-06-01T00:00:00.000Z' } };
		expect(parseRecord(JSON.stringify(v1), GUIDE)).toMatchObject({ ok: true, record: { checked: ticks }, aside: [{ item: 'documents', value: '0999-06-01T00:00:00.000Z' }] });
	});
});

describe('export files', () => {
	const now = new Date('2024-02-01T00:00:00Z');

	it('round-trip', () => {
		expect(parseExport(exportRecord(record, now), GUIDE, ITEMS)).toEqual({ ok: true, record, dropped: 0 });
	});

	it('of the plan era are read with their plan’s types', () => {
		const file = JSON.stringify({ format: 'pg-contract-guide/checklist', exportedAt: now.toISOString(), version: 3, guide: GUIDE, checked: record.checked, plan: '정기·간편결제', fingerprints: {} });
		expect(parseExport(file, GUIDE, ITEMS, PLANS)).toMatchObject({ ok: true, record: { checked: record.checked, types: ['recurring', 'easypay'] } });
	});

	it('say when they were made and what they are', () => {
		expect(JSON.parse(exportRecord(emptyRecord(GUIDE), now))).toMatchObject({ format: 'pg-contract-guide/checklist', exportedAt: '2024-02-01T00:00:00.000Z' });
	});

	it.each([
		['a file that is not JSON', 'hello', 'JSON 파일이 아닙니다.'],
		['any other JSON file', '{"name":"pg-contract-guide","version":"0.1.0"}', '이 사이트에서 내보낸 체크리스트 파일이 아닙니다.'],
		['a bare stored record', JSON.stringify(record), '이 사이트에서 내보낸 체크리스트 파일이 아닙니다.'],
		['another guide’s export', exportRecord({ ...record, guide: 'guides/other' }, now), '다른 가이드의 체크리스트 파일입니다.'],
		['a damaged export', exportRecord(record, now).replace(/"checked": \{[^}]*\}/, '"checked": 3'), '체크리스트 파일이 손상되어 읽을 수 없습니다.'],
		[
			'a date out of range',
			exportRecord(record, now).replace('2024-01-25T15:00:00.000Z', '+275760-09-13T00:00:00.000Z'),
			'‘가입신청서 제출’ 항목의 날짜(+275760-09-13T00:00:00.000Z)를 읽을 수 없습니다. 2000~2100년의 ISO 8601 날짜(예: 2024-01-25T15:00:00.000Z)여야 합니다.',
		],
		[
			'a date that is not ISO 8601',
			exportRecord(record, now).replace('2024-01-25T15:00:00.000Z', '2024/01/05'),
			'‘가입신청서 제출’ 항목의 날짜(2024/01/05)를 읽을 수 없습니다. 2000~2100년의 ISO 8601 날짜(예: 2024-01-25T15:00:00.000Z)여야 합니다.',
		],
		['a newer version’s export', exportRecord({ ...record, version: 99 as typeof RECORD_VERSION }, now), '더 새로운 버전의 사이트에서 내보낸 파일이라 읽을 수 없습니다.'],
	])('refuse %s, saying why', (_, text, error) => {
		expect(parseExport(text, GUIDE, ITEMS)).toEqual({ ok: false, error });
	});

	it('leave out ticks of items this checklist does not have, and count them', () => {
		const checked = { apply: '2024-01-25T15:00:00.000Z', ...Object.fromEntries(Array.from({ length: 3000 }, (_, index) => [`junk-${index}`, 'not a date'])) };
		expect(parseExport(exportRecord({ ...record, checked }, now), GUIDE, ITEMS)).toEqual({ ok: true, record, dropped: 3000 });
	});
});
