import { describe, expect, it } from 'vitest';
import { FrontmatterError, keyLine, MAX_FRONTMATTER_VALUES, readFrontmatter } from '../../../src/lib/frontmatter/read';

const bomb = ['a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1]', ...'bcdefghi'.split('').map((name, index) => `${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[index]}`).join(', ')}]`)].join('\n');

describe('readFrontmatter', () => {
	it('reads plain frontmatter, aliases included when they expand to little', () => {
		expect(readFrontmatter('title: 글\ntags: &t [키파일]\npgCompanies: *t')).toEqual({ title: '글', tags: ['키파일'], pgCompanies: ['키파일'] });
	});

	it('refuses a "billion laughs" alias bomb at once, before anything expands it', () => {
		const started = performance.now();
		expect(() => readFrontmatter(bomb)).toThrow(`YAML 별칭(&, *)을 펼치면 값이 ${MAX_FRONTMATTER_VALUES.toLocaleString('en')}개를 넘습니다`);
		expect(performance.now() - started).toBeLessThan(1000);
	});

	it.each([
		['slug', 'title: 글\nslug: my-address', 3, 'slug: 주소는 파일 경로로 정해지므로 slug를 쓸 수 없습니다'],
		['head', 'title: 글\ntags: []\nhead:\n  - tag: script', 4, 'head: <head>에 HTML을 넣는 head 필드는 쓸 수 없습니다'],
	])('refuses `%s`, with its line in the article file', (_, frontmatter, line, message) => {
		const error = (() => {
			try {
				readFrontmatter(frontmatter);
			} catch (thrown) {
				return thrown as FrontmatterError;
			}
		})();
		expect(error).toBeInstanceOf(FrontmatterError);
		expect(error!.message).toContain(message);
		expect(error!.line).toBe(line);
	});

	it('says where YAML it cannot read is, in the article file', () => {
		expect(() => readFrontmatter('title: 글\ntags: [a')).toThrow(FrontmatterError);
		expect(() => readFrontmatter('- a\n- b')).toThrow('frontmatter는 키: 값 목록이어야 합니다');
	});
});

describe('keyLine', () => {
	it('counts the opening --- as line 1', () => {
		expect(keyLine('title: 글\ntags:\n  - a', 'tags')).toBe(3);
		expect(keyLine('title: 글', 'seo')).toBeUndefined();
	});
});
