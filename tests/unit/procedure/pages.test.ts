import { describe, expect, it } from 'vitest';
import { procedurePages } from '../../../src/lib/procedure/pages';

describe('procedurePages', () => {
	it('lists each article once, where its first step is', () => {
		expect(procedurePages('g', [{ page: 'prep' }, {}, { page: 'docs' }, {}, { page: 'prep' }, { page: 'channel' }])).toEqual(['prep', 'g', 'docs', 'channel']);
	});

	it('always includes the guide, even when every step has a page of its own', () => {
		expect(procedurePages('g', [{ page: 'prep' }, { page: 'docs' }])).toEqual(['prep', 'docs', 'g']);
	});
});
