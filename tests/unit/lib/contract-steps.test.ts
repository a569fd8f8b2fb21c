import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contractSteps, extractDurations, headingText, isContractGuide } from '../../../src/lib/contract-steps';

describe('contract steps', () => {
	it('reads the durations a section states', () => {
		expect(extractDurations('제출 이후 2\\~3영업일 내 안내를 받습니다.')).toEqual(['2~3영업일']);
		expect(extractDurations('보통 2주 정도 소요됩니다.')).toEqual(['약 2주']);
		expect(extractDurations('(바로오픈 용 MID는 계약 완료 이후 바로 사용 가능하나 한 달 동안의 기한이 있습니다)')).toEqual(['바로오픈 MID 1개월']);
		expect(extractDurations('기간은 안내 메일을 따릅니다.')).toEqual([]);
	});

	it('finds the guide’s seven steps with their durations', () => {
		const source = readFileSync(new URL('../../../content/docs/guides/kg-inicis-contract.mdx', import.meta.url), 'utf-8');
		const headings = [
			['가입신청서 제출', 2],
			['KG이니시스의 계약 안내', 2],
			['계약진행', 2],
			['계약완료', 2],
			['2. KG이니시스 정기결제 및 간편결제 이용시', 3],
			['포트원 관리자콘솔 채널설정', 2],
			['개발진행', 2],
			['카드사 심사 진행', 2],
		].map(([text, depth], index) => ({ text: text as string, depth: depth as number, slug: `s${index}` }));
		const steps = contractSteps(source, headings);
		expect(steps.map((step) => step.text)).toEqual(['가입신청서 제출', 'KG이니시스의 계약 안내', '계약진행', '계약완료', '포트원 관리자콘솔 채널설정', '개발진행', '카드사 심사 진행']);
		expect(steps[1]!.durations).toEqual(['2~3영업일']);
		expect(steps[6]!.durations).toEqual(['약 2주', '바로오픈 MID 1개월']);
		expect(steps[0]!.durations).toEqual([]);
	});

	it('knows which pages are contract guides', () => {
		expect(isContractGuide('KG이니시스 상세 계약절차')).toBe(true);
		expect(isContractGuide('KG이니시스 채널설정방법')).toBe(false);
		expect(headingText('**계약완료**')).toBe('계약완료');
	});
});
