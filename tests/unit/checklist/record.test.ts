import { describe, expect, it } from 'vitest';
import { emptyRecord, exportRecord, parseExport, parseRecord, parseTickDate, RECORD_VERSION, type ChecklistRecord } from '../../../src/lib/checklist/record';

const GUIDE = 'guides/kg-inicis-contract';
const record: ChecklistRecord = { version: RECORD_VERSION, guide: GUIDE, checked: { apply: '2024-01-25T15:00:00.000Z' }, plan: '일반결제' };
const ITEMS = new Map([
	['apply', '가입신청서 제출'],
	['documents', '서류 발송'],
]);

describe('parseTickDate', () => {
	it.each([
		['2024-01-25T15:00:00.000Z', '2024-01-25T15:00:00.000Z'],
		['2024-01-25T15:00Z', '2024-01-25T15:00:00.000Z'],
		['2024-01-26T00:00:00+09:00', '2024-01-25T15:00:00.000Z'],
		['2000-01-01T00:00:00.000Z', '2000-01-01T00:00:00.000Z'],
		['2100-12-31T23:59:59.999Z', '2100-12-31T23:59:59.999Z'],
	])('reads %s as %s', (value, date) => {
		expect(parseTickDate(value)).toBe(date);
	});

	it.each([
		['the largest date there is', '+275760-09-13T00:00:00.000Z'],
		['a six-digit year', '+010000-01-01T00:00:00.000Z'],
		['the year 999', '0999-06-01T00:00:00.000Z'],
		['a year after 2100', '2101-01-01T00:00:00.000Z'],
		['a year before 2000', '1999-12-31T23:59:59.999Z'],
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
});

describe('parseRecord', () => {
	it('reads a valid record', () => {
		expect(parseRecord(JSON.stringify(record), GUIDE)).toEqual({ ok: true, record });
	});

	it.each([
		['not JSON', '{"version":'],
		['not an object', '[1,2]'],
		['no version', JSON.stringify({ guide: GUIDE, checked: {} })],
		['a version below 1', JSON.stringify({ ...record, version: 0 })],
		['ticks as a list (positions)', JSON.stringify({ ...record, checked: [true, false] })],
		['a plan that is not a plan id', JSON.stringify({ ...record, plan: 3 })],
		['no plan', JSON.stringify({ version: RECORD_VERSION, guide: GUIDE, checked: {} })],
	])('refuses %s as invalid', (_, text) => {
		expect(parseRecord(text, GUIDE)).toEqual({ ok: false, reason: 'invalid' });
	});

	it.each(['yesterday', '+275760-09-13T00:00:00.000Z', '2024/01/05', '1', true])('refuses a tick dated %s, naming the item', (date) => {
		expect(parseRecord(JSON.stringify({ ...record, checked: { apply: date } }), GUIDE)).toEqual({ ok: false, reason: 'date', item: 'apply', value: date });
	});

	it('refuses a bad date that came in through a migration', () => {
		const v1 = { version: 1, guide: GUIDE, checked: { apply: '0999-06-01T00:00:00.000Z' } };
		expect(parseRecord(JSON.stringify(v1), GUIDE)).toMatchObject({ ok: false, reason: 'date', item: 'apply' });
	});

	it('refuses another guide’s record as foreign', () => {
		expect(parseRecord(JSON.stringify({ ...record, guide: 'guides/other' }), GUIDE)).toEqual({ ok: false, reason: 'foreign' });
	});

	it('migrates a version 1 record (ticks only, no plan choice)', () => {
		const v1 = { version: 1, guide: GUIDE, checked: { apply: '2024-01-25T15:00:00.000Z' } };
		expect(parseRecord(JSON.stringify(v1), GUIDE)).toEqual({ ok: true, record: { ...record, plan: null } });
		expect(parseRecord(JSON.stringify({ ...v1, checked: ['apply'] }), GUIDE)).toEqual({ ok: false, reason: 'invalid' });
	});

	it('does not read a record from a newer version of the site', () => {
		expect(parseRecord(JSON.stringify({ ...record, version: RECORD_VERSION + 1, plan: 'x' }), GUIDE)).toEqual({ ok: false, reason: 'newer' });
	});
});

describe('export files', () => {
	const now = new Date('2024-02-01T00:00:00Z');

	it('round-trip', () => {
		expect(parseExport(exportRecord(record, now), GUIDE, ITEMS)).toEqual({ ok: true, record, dropped: 0 });
	});

	it('say when they were made and what they are', () => {
		expect(JSON.parse(exportRecord(emptyRecord(GUIDE), now))).toMatchObject({ format: 'pg-contract-guide/checklist', exportedAt: '2024-02-01T00:00:00.000Z' });
	});

	it.each([
		['a file that is not JSON', 'hello', 'JSON 파일이 아닙니다.'],
		['any other JSON file', '{"name":"pg-contract-guide","version":"0.1.0"}', '이 사이트에서 내보낸 체크리스트 파일이 아닙니다.'],
		['a bare stored record', JSON.stringify(record), '이 사이트에서 내보낸 체크리스트 파일이 아닙니다.'],
		['another guide’s export', exportRecord({ ...record, guide: 'guides/other' }, now), '다른 가이드의 체크리스트 파일입니다.'],
		['a damaged export', exportRecord(record, now).replace('"일반결제"', '3'), '체크리스트 파일이 손상되어 읽을 수 없습니다.'],
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
