import { describe, expect, it } from 'vitest';
import { backupDue } from '../../../src/lib/checklist/backup';
import { emptyRecord } from '../../../src/lib/checklist/record';

const record = (checked: Record<string, string>) => ({ ...emptyRecord('guides/x'), checked });
const NOW = new Date('2024-02-10T00:00:00.000Z');

describe('backupDue', () => {
	it('nothing to save without ticks', () => {
		expect(backupDue(record({}), null, NOW)).toBe(false);
	});

	it('5 days after the first tick when nothing was ever saved', () => {
		expect(backupDue(record({ a: '2024-02-05T00:00:00.000Z' }), null, NOW)).toBe(true);
		expect(backupDue(record({ a: '2024-02-05T00:00:01.000Z' }), null, NOW)).toBe(false);
	});

	it('5 days after the last link or export', () => {
		const ticked = record({ a: '2024-01-01T00:00:00.000Z' });
		expect(backupDue(ticked, '2024-02-06T00:00:00.000Z', NOW)).toBe(false);
		expect(backupDue(ticked, '2024-02-04T00:00:00.000Z', NOW)).toBe(true);
	});
});
