import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import yaml from 'js-yaml';
import { foldSeo, normalizeFrontmatter, trimStrings } from '../../../src/lib/frontmatter/normalize';
import { helpCenterFields } from '../../../src/lib/frontmatter/schema';

// Starlight contributes `title`; the rest is ours. Same order as the collection: normalize, then validate.
const schema = z.preprocess(normalizeFrontmatter, helpCenterFields.extend({ title: z.string() }));
const seed = readFileSync(new URL('../../../content/docs/guides/kg-inicis-contract.mdx', import.meta.url), 'utf-8');
const seedData = yaml.load(/^---\n([\s\S]*?)\n---/.exec(seed)![1]!) as Record<string, unknown>;

describe('help-center frontmatter', () => {
	it('types every field of the guide', () => {
		const data = schema.parse(seedData);
		expect(data.category).toEqual(['결제서비스 (채널설정 및 이용안내)', '이용안내', '결제대행사 계약']);
		expect(data.seo?.title).toBe('KG이니시스 상세 계약절차');
		expect(data.seo?.keywords).toEqual(['KG이니시스', '결제대행사 계약']);
		expect(data.tags).toEqual(['KG이니시스', '결제대행사 계약']);
		expect(data.pgCompanies).toEqual(['KG이니시스']);
		expect(data.searchTags).toContain('이니시스 계약절차');
		expect(data.datetime).toEqual(new Date('2024-01-25T15:00:00.000Z'));
	});

	it('accepts a date-time string as well as a YAML date', () => {
		expect(schema.parse({ title: 'a', datetime: '2024-01-25T15:00:00Z' }).datetime?.toISOString()).toBe('2024-01-25T15:00:00.000Z');
	});

	it('rejects wrong types, naming the field', () => {
		const tags = schema.safeParse({ title: 'a', tags: 3 });
		expect(tags.success).toBe(false);
		expect(tags.error?.issues[0]?.path).toEqual(['tags']);
		const datetime = schema.safeParse({ title: 'a', datetime: 'yesterday' });
		expect(datetime.error?.issues[0]?.path).toEqual(['datetime']);
		expect(schema.safeParse({ tags: [] }).error?.issues[0]?.path).toEqual(['title']);
		expect(schema.safeParse({ title: 'a', category: ' > ' }).error?.issues[0]?.path).toEqual(['category']);
	});

	it('normalizes what real articles carry: stray spaces, empty values, top-level seo fields', () => {
		const data = schema.parse({
			title: ' 제목 ',
			keywords: ['이니시스 '],
			description: '설명',
			seo: { title: '', keywords: null },
			tags: ['공통', null, ' '],
			pgCompanies: [null],
		});
		expect(data.title).toBe('제목');
		expect(data.seo).toEqual({ keywords: ['이니시스'], description: '설명' });
		expect(data.tags).toEqual(['공통']);
		expect(data.pgCompanies).toEqual([]);
	});

	it('writes every string in NFC, so that a tag pasted in NFD is the same tag', () => {
		const data = schema.parse({ title: '키파일'.normalize('NFD'), tags: ['키파일'.normalize('NFD'), '공통'] });
		expect(data.title).toBe('키파일');
		expect(data.tags).toEqual(['키파일', '공통']);
	});

	it.each([
		['tags', { tags: ['공통', '?'] }, ['tags', 1], '"?": 주소로 쓸 글자나 숫자가 없습니다'],
		['tags', { tags: ['#'] }, ['tags', 0], '"#": 주소로 쓸 글자나 숫자가 없습니다'],
		['pgCompanies', { pgCompanies: ['가'.repeat(70)] }, ['pgCompanies', 0], '주소로 쓰기에 너무 깁니다 (210바이트, 최대 200바이트'],
		['category', { category: `결제 > ${'나'.repeat(80)}` }, ['category'], '주소로 쓰기에 너무 깁니다 (240바이트'],
		['category', { category: '결제 > ???' }, ['category'], '"???": 주소로 쓸 글자나 숫자가 없습니다'],
	])('rejects a %s that cannot be a page address, naming the field', (_, fields, path, message) => {
		const result = schema.safeParse({ title: 'a', ...fields });
		expect(result.error?.issues[0]?.path).toEqual(path);
		expect(result.error?.issues[0]?.message).toContain(message);
	});

	it('keeps seo values that are already there when folding', () => {
		expect(foldSeo({ keywords: ['a'], description: 'top', seo: { keywords: ['b'], description: 'seo' } })).toEqual({
			description: 'top',
			seo: { keywords: ['b'], description: 'seo' },
		});
		expect(trimStrings({ a: [' x ', 1, new Date(0)] })).toEqual({ a: ['x', 1, new Date(0)] });
	});
});
