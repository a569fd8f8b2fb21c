import { describe, expect, it } from 'vitest';
import { emptyRecord, exportRecord, parseExport, parseRecord, RECORD_VERSION, type ChecklistRecord } from '../../../src/lib/checklist/record';

const GUIDE = 'guides/kg-inicis-contract';
const record: ChecklistRecord = { version: RECORD_VERSION, guide: GUIDE, checked: { apply: '2024-01-25T15:00:00.000Z' }, plan: '일반결제', fingerprints: { apply: 'abc123' } };

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
		['a tick without a date', JSON.stringify({ ...record, checked: { apply: true } })],
		['a tick with a bad date', JSON.stringify({ ...record, checked: { apply: 'yesterday' } })],
		['an unknown plan', JSON.stringify({ ...record, plan: '정기결제' })],
		['no plan', JSON.stringify({ version: RECORD_VERSION, guide: GUIDE, checked: {} })],
	])('refuses %s as invalid', (_, text) => {
		expect(parseRecord(text, GUIDE)).toEqual({ ok: false, reason: 'invalid' });
	});

	it('refuses another guide’s record as foreign', () => {
		expect(parseRecord(JSON.stringify({ ...record, guide: 'guides/other' }), GUIDE)).toEqual({ ok: false, reason: 'foreign' });
	});

	it('migrates a version 1 record (ticks only, no plan choice)', () => {
		const v1 = { version: 1, guide: GUIDE, checked: { apply: '2024-01-25T15:00:00.000Z' } };
		expect(parseRecord(JSON.stringify(v1), GUIDE)).toEqual({ ok: true, record: { ...record, plan: null, fingerprints: {} } });
		expect(parseRecord(JSON.stringify({ ...v1, checked: ['apply'] }), GUIDE)).toEqual({ ok: false, reason: 'invalid' });
	});

	it('migrates a version 2 record: its ticks have no fingerprint, so none shows as changed', () => {
		const { fingerprints: _, ...v2 } = { ...record, version: 2 };
		expect(parseRecord(JSON.stringify(v2), GUIDE)).toEqual({ ok: true, record: { ...record, fingerprints: {} } });
		expect(parseRecord(JSON.stringify({ ...record, fingerprints: { apply: 1 } }), GUIDE)).toEqual({ ok: false, reason: 'invalid' });
	});

	it('does not read a record from a newer version of the site', () => {
		expect(parseRecord(JSON.stringify({ ...record, version: RECORD_VERSION + 1, plan: 'x' }), GUIDE)).toEqual({ ok: false, reason: 'newer' });
	});
});

describe('export files', () => {
	const now = new Date('2024-02-01T00:00:00Z');

	it('round-trip', () => {
		expect(parseExport(exportRecord(record, now), GUIDE)).toEqual({ ok: true, record });
	});

	it('say when they were made and what they are', () => {
		expect(JSON.parse(exportRecord(emptyRecord(GUIDE), now))).toMatchObject({ format: 'pg-contract-guide/checklist', exportedAt: '2024-02-01T00:00:00.000Z' });
	});

	it.each([
		['a file that is not JSON', 'hello', 'JSON 파일이 아닙니다.'],
		['any other JSON file', '{"name":"pg-contract-guide","version":"0.1.0"}', '이 사이트에서 내보낸 체크리스트 파일이 아닙니다.'],
		['a bare stored record', JSON.stringify(record), '이 사이트에서 내보낸 체크리스트 파일이 아닙니다.'],
		['another guide’s export', exportRecord({ ...record, guide: 'guides/other' }, now), '다른 가이드의 체크리스트 파일입니다.'],
		['a damaged export', exportRecord(record, now).replace('2024-01-25T15:00:00.000Z', 'soon'), '체크리스트 파일이 손상되어 읽을 수 없습니다.'],
		['a newer version’s export', exportRecord({ ...record, version: 99 as typeof RECORD_VERSION }, now), '더 새로운 버전의 사이트에서 내보낸 파일이라 읽을 수 없습니다.'],
	])('refuse %s, saying why', (_, text, error) => {
		expect(parseExport(text, GUIDE)).toEqual({ ok: false, error });
	});
});
