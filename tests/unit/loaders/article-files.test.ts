import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { articleIds, articlePathsByName, entryId } from '../../../src/loaders/article-files';

describe('articleIds', () => {
	it('gives each file its page path, in file order', () => {
		expect([...articleIds('/c', ['guides/b.mdx', 'a.md'])]).toEqual([
			['a', 'a.md'],
			['guides/b', 'guides/b.mdx'],
		]);
		expect(entryId('guides\\x.md')).toBe('guides/x');
	});

	it('refuses two files for one address, naming both', () => {
		expect(() => articleIds('/c', ['guides/x.md', 'guides/x.mdx'])).toThrow('/c/guides/x.mdx: 같은 주소(/guides/x/)의 글이 이미 있습니다: /c/guides/x.md');
		expect(() => articleIds('/c', ['guides/a/index.mdx', 'guides/a.mdx'])).toThrow('/c/guides/a/index.mdx: 같은 주소(/guides/a/)의 글이 이미 있습니다: /c/guides/a.mdx');
	});
});

describe('articlePathsByName', () => {
	const dirs: string[] = [];
	afterEach(() => {
		vi.useRealTimers();
		for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
	});

	it('finds articles by file name, and a file added later once the last read is 2 s old', () => {
		vi.useFakeTimers();
		const dir = mkdtempSync(join(tmpdir(), 'pg-guide-articles-'));
		dirs.push(dir);
		mkdirSync(join(dir, 'core-service'));
		writeFileSync(join(dir, 'core-service', 'paypal.md'), '');
		writeFileSync(join(dir, '_draft.md'), '');
		const pathOf = articlePathsByName(dir);
		expect(pathOf('paypal')).toBe('/core-service/paypal/');
		expect(pathOf('_draft')).toBeUndefined();
		writeFileSync(join(dir, 'kcp.mdx'), '');
		expect(pathOf('kcp')).toBeUndefined();
		vi.advanceTimersByTime(2_001);
		expect(pathOf('kcp')).toBe('/kcp/');
	});
});
