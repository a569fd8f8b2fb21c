import { describe, expect, it } from 'vitest';
import { brandOptions, brandsOf } from '../../../src/lib/choose/brands';
import { ALL, cardA, cardC } from './fixture';

describe('brands', () => {
	it('offers every brand some procedure carries, those most PGs carry first', () => {
		expect(brandOptions(ALL())).toEqual(['엑스페이', '와이페이']);
		const methods = (brands: string[]) => ({ methods: [{ method: '간편결제' as const, brands, source: 's' }] });
		expect(brandOptions([methods(['B', 'A']), methods(['A', 'C']), methods(['C', 'A'])])).toEqual(['A', 'C', 'B']);
	});

	it('a PG\'s own brands are its 간편결제 method\'s; none named is not none carried', () => {
		expect(brandsOf(cardA())).toEqual(['엑스페이', '와이페이']);
		expect(brandsOf(cardC())).toBeUndefined();
	});
});
