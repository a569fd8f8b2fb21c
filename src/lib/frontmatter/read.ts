import yaml from 'js-yaml';

/**
 * Reads an article's frontmatter YAML into plain data, refusing what would hurt the build or the page before
 * the schema sees it. Errors say what is wrong in Korean, with the line in the article file (the opening `---`
 * is line 1); the caller adds the file.
 */

/**
 * Values a frontmatter may hold once its YAML aliases (`&a` … `*a`) are expanded. Real articles hold a few dozen;
 * a "billion laughs" frontmatter expands nine nested aliases into 9⁹ values and took the build to 4.5 GB.
 */
export const MAX_FRONTMATTER_VALUES = 10_000;

/** Keys the loader decides, never the author: the address (`slug`, the file path) and raw `<head>` HTML (`head`). */
const RESERVED_KEYS: Record<string, string> = {
	slug: '주소는 파일 경로로 정해지므로 slug를 쓸 수 없습니다',
	head: '<head>에 HTML을 넣는 head 필드는 쓸 수 없습니다 (제목과 설명은 title, seo에 쓰세요)',
};

export class FrontmatterError extends Error {
	/** Line in the article file. */
	readonly line: number | undefined;

	constructor(message: string, line?: number) {
		super(message);
		this.line = line;
	}
}

/** The line of the article file on which top-level `key:` is written. */
export function keyLine(frontmatter: string, key: string): number | undefined {
	const pattern = new RegExp(`^['"]?${key.replace(/[^\w-]/g, '\\$&')}['"]?\\s*:`);
	const index = frontmatter.split('\n').findIndex((line) => pattern.test(line));
	return index === -1 ? undefined : index + 2;
}

/** True when `value` holds more than `limit` values, counted as if every alias were written out; stops counting there. */
function exceeds(value: unknown, limit: number): boolean {
	let count = 0;
	const stack = [value];
	while (stack.length) {
		const next = stack.pop();
		if (++count > limit) return true;
		if (typeof next !== 'object' || next === null || next instanceof Date) continue;
		for (const child of Object.values(next)) stack.push(child);
	}
	return false;
}

export function readFrontmatter(frontmatter: string): Record<string, unknown> {
	let data: unknown;
	try {
		data = yaml.load(frontmatter) ?? {};
	} catch (error) {
		const mark = (error as yaml.YAMLException).mark;
		throw new FrontmatterError(`frontmatter YAML을 읽을 수 없습니다: ${(error as yaml.YAMLException).reason}`, mark ? mark.line + 2 : undefined);
	}
	if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new FrontmatterError('frontmatter는 키: 값 목록이어야 합니다');
	if (exceeds(data, MAX_FRONTMATTER_VALUES)) {
		throw new FrontmatterError(`frontmatter가 너무 큽니다: YAML 별칭(&, *)을 펼치면 값이 ${MAX_FRONTMATTER_VALUES.toLocaleString('en')}개를 넘습니다`);
	}
	for (const [key, why] of Object.entries(RESERVED_KEYS)) {
		if (key in data) throw new FrontmatterError(`${key}: ${why}`, keyLine(frontmatter, key));
	}
	return data as Record<string, unknown>;
}
