import { describe, expect, it } from 'vitest';
import { mayReferAssets, referencedAssets } from '../../../src/offline/asset-references';

const PAGE = 'https://guide.example/guides/kg-inicis-contract/';

describe('referencedAssets', () => {
	it("a page's stylesheets, scripts and preloads, once each; other folders and data URLs are not deploy assets", () => {
		const html = `<link rel="stylesheet" href="/_astro/middleware.B0qo8Ffq.css"><link rel="stylesheet" href="/_astro/print.ehPL0gv-.css" media="print">
			<script type="module" src="/_astro/page.cNngjUgL.js"></script><link rel="modulepreload" href="/_astro/page.cNngjUgL.js">
			<link rel="icon" href="/favicon.svg"><img src="/uploads/a.png"><img src="data:image/png;base64,AAAA">`;
		expect(referencedAssets(html, PAGE)).toEqual(['/_astro/middleware.B0qo8Ffq.css', '/_astro/print.ehPL0gv-.css', '/_astro/page.cNngjUgL.js']);
	});

	it("a script's relative imports and a stylesheet's fonts, resolved against the file's own URL", () => {
		const script = 'import{a as c}from"./view.B3H0vbCd.js";import"./starlight-toc.D4UDIxQL.js";const p=import("/pagefind/pagefind.js");';
		expect(referencedAssets(script, 'https://guide.example/_astro/Checklist.astro_astro_type_script_index_0_lang.BfHMBduh.js')).toEqual([
			'/_astro/view.B3H0vbCd.js',
			'/_astro/starlight-toc.D4UDIxQL.js',
		]);
		const css = '@font-face{src:url(/_astro/pretendard.Xy1.woff2) format("woff2")}a{background:url("data:image/svg+xml,%3Csvg%3E")}b{background:url(./bg.Q9.png?v=1)}';
		expect(referencedAssets(css, 'https://guide.example/_astro/page.Ab1.css')).toEqual(['/_astro/pretendard.Xy1.woff2', '/_astro/bg.Q9.png']);
	});

	it('only scripts and stylesheets are read for further references', () => {
		expect(['/_astro/a.js', '/_astro/a.css', '/_astro/a.woff2', '/_astro/a.png'].map(mayReferAssets)).toEqual([true, true, false, false]);
	});
});
