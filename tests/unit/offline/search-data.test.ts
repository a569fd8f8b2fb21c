import { describe, expect, it } from 'vitest';
import { isUnmetered } from '../../../src/offline/search-data';

describe('isUnmetered', () => {
	it('a connection the browser reports as not cellular, not slow, without data saver', () => {
		expect(isUnmetered({ type: 'wifi', effectiveType: '4g', saveData: false })).toBe(true);
		expect(isUnmetered({ type: 'ethernet' })).toBe(true);
		// Desktop Chromium reports no type: not a phone's cellular link.
		expect(isUnmetered({ effectiveType: '4g', saveData: false })).toBe(true);
	});

	it('cellular, data saver, a 2G-slow link, or a browser that does not say (Safari, Firefox): metered', () => {
		expect(isUnmetered({ type: 'cellular', effectiveType: '4g' })).toBe(false);
		expect(isUnmetered({ type: 'wifi', saveData: true })).toBe(false);
		expect(isUnmetered({ type: 'wifi', effectiveType: 'slow-2g' })).toBe(false);
		expect(isUnmetered({ effectiveType: '2g' })).toBe(false);
		expect(isUnmetered(undefined)).toBe(false);
	});
});
