import { describe, expect, it } from 'vitest';
import { FileNotServedError, lacksRoom, megabytes, saveAllQuestion, saveFailureMessage } from '../../../src/offline/save-all-text';

const MB = 1024 * 1024;
/** Latin letters: the browser's own error text ("QuotaExceededError", "Failed to fetch") must never show. */
const ENGLISH_WORD = /[A-Za-z]{3,}/;
const withoutUnits = (text: string) => text.replace(/\d+(\.\d+)? MB|HTTP \d+|Wi-Fi/g, '');

describe('saveFailureMessage', () => {
	it('a full device: Korean, the sizes, and freeing space as the way on — not the connection', () => {
		const error = new DOMException('Quota exceeded.', 'QuotaExceededError');
		const text = saveFailureMessage(error, 6 * MB, { usage: 40 * MB, quota: 41 * MB });
		expect(text).toContain('저장 공간이 부족해');
		expect(text).toContain('약 6.0 MB 필요');
		expect(text).toContain('더 쓸 수 있는 공간 약 1.0 MB');
		expect(text).toContain('저장 공간을 비우거나');
		expect(text).toContain('체크리스트 진행 상황은 그대로');
		expect(text).not.toContain('연결');
		expect(withoutUnits(text)).not.toMatch(ENGLISH_WORD);
		// Without an estimate, the sizes the build knows still.
		expect(saveFailureMessage(error, 6 * MB)).toContain('(전체 저장에 약 6.0 MB 필요)');
	});

	it('a lost connection, a file the site did not give, anything else: each its own advice, all Korean', () => {
		const offline = saveFailureMessage(new TypeError('Failed to fetch'), MB);
		expect(offline).toContain('인터넷 연결이 끊겨');
		const missing = saveFailureMessage(new FileNotServedError('/guides/x/', 404), MB);
		expect(missing).toContain('HTTP 404');
		expect(missing).toContain('잠시 뒤');
		const other = saveFailureMessage(new Error('InvalidStateError: something English'), MB);
		expect(other).toContain('저장하지 못하고 멈췄습니다');
		for (const text of [offline, missing, other]) {
			expect(withoutUnits(text)).not.toMatch(ENGLISH_WORD);
			expect(text).toContain('받지 못한 파일만 받습니다');
		}
	});
});

describe('saveAllQuestion', () => {
	it('says the size, and warns before downloading when the device visibly lacks room', () => {
		expect(saveAllQuestion(3, 2 * MB, 5 * MB, { usage: 0, quota: 100 * MB })).toBe(
			'파일 3개, 2.0 MB를 내려받습니다(저장 공간 약 5.0 MB). 모바일 데이터라면 Wi-Fi에서 하세요.',
		);
		expect(saveAllQuestion(3, 2 * MB, 5 * MB, { usage: 98 * MB, quota: 100 * MB })).toContain('남은 공간이 모자랄 수 있습니다(이 사이트가 더 쓸 수 있는 공간 약 2.0 MB).');
		expect(lacksRoom({}, 5 * MB)).toBe(false);
	});

	it('megabytes: one decimal under 10 MB', () => {
		expect(megabytes(1234567)).toBe('1.2 MB');
		expect(megabytes(12.6 * MB)).toBe('13 MB');
	});
});
