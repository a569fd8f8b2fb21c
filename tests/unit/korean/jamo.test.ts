import { describe, expect, it } from 'vitest';
import { findDecomposedJamo } from '../../../src/lib/korean/jamo';

describe('findDecomposedJamo', () => {
	it('finds Hangul pasted in decomposed form, with its line', () => {
		const decomposed = '키파일'.normalize('NFD');
		expect(findDecomposedJamo(`첫 줄\n${decomposed} 전달`)).toEqual([{ line: 2, text: '키파일' }]);
	});
	it('finds nothing in composed text', () => {
		expect(findDecomposedJamo('키파일을 전달합니다')).toEqual([]);
	});
});
