import { describe, expect, it } from 'vitest';
import { html } from '../../../src/components/choose/html';
import { checklistHref, renderResult, resultStatus } from '../../../src/components/choose/render-result';
import { NO_ANSWERS, type Answers } from '../../../src/lib/choose/answers';
import { choose } from '../../../src/lib/choose/choose';
import { ALL, cardB } from '../choose/fixture';

const OPTIONS = { checklistAnchor: '내-체크리스트' };
const draw = (answers: Partial<Answers>, procedures = ALL()) => {
	const full = { ...NO_ANSWERS, ...answers };
	const result = choose(full, procedures);
	return { result, markup: renderResult(result, full, OPTIONS).value };
};

describe('the chooser\'s result as HTML', () => {
	it('escapes what content files say', () => {
		expect(html`<p title="${'"a"'}">${'<script>&'}</p>`.value).toBe('<p title="&quot;a&quot;">&lt;script&gt;&amp;</p>');
		const hostile = { ...cardB(), name: '<img src=x onerror=alert(1)>' };
		const { markup } = draw({}, [hostile]);
		expect(markup).not.toContain('<img');
		expect(markup).toContain('&lt;img src=x onerror=alert(1)&gt;');
	});

	it('links a PG\'s checklist with the payment types chosen for it', () => {
		expect(checklistHref('guides/x-contract', ['general', 'easypay'], '내-체크리스트')).toBe('/guides/x-contract/?types=general,easypay#내-체크리스트');
		expect(checklistHref('guides/x-contract', [], '내-체크리스트')).toBe('/guides/x-contract/#내-체크리스트');
		const { markup } = draw({ methods: ['카드'], brands: ['엑스페이'] });
		expect(markup).toContain('href="/guides/card-a-contract/?types=general,easypay#내-체크리스트"');
		// The direct contract's own checklist.
		expect(markup).toContain('href="/guides/easy-x-contract/?types=general#내-체크리스트"');
	});

	it('without answers: every PG folded under its name, its facts open inside; with answers: the best three open, the rest below', () => {
		const count = (markup: string, pattern: RegExp) => markup.match(pattern)?.length ?? 0;
		const none = draw({}).markup;
		expect(count(none, /<li class="chooser-card"/g)).toBe(ALL().length);
		expect(count(none, /<li class="chooser-card" data-pg="[^"]*"><details open>/g)).toBe(0);
		expect(count(none, /<details class="chooser-more" open><summary>[^<]*의 계약 조건/g)).toBe(ALL().length);
		const answered = draw({ methods: ['카드'] }, [...ALL(), { ...cardB(), slug: 'card-d', name: '카드디' }]);
		expect(answered.result.fits.length).toBeGreaterThan(3);
		expect(count(answered.markup, /<li class="chooser-card" data-pg="[^"]*"><details open>/g)).toBe(3);
		expect(answered.markup).toMatch(/<h2 id="결과">답에 맞는 곳 \d+곳<\/h2>/);
		expect(answered.markup).toContain('<h2 id="맞지-않는-곳">맞지 않는 곳');
		expect(resultStatus(answered.result)).toMatch(/^답에 맞는 곳 \d+곳 · 확인 필요 1곳 · 맞지 않는 곳 \d+곳$/);
	});
});
