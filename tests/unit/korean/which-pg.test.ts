import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../src/lib/korean/query';

describe('a question that asks which PG to use', () => {
	it.each([
		'해외카드 받으려면 어떤 pg 써야 돼요',
		'정기결제 되는 PG',
		'포인트 충전 업종 받아주는 결제대행사',
		'카드사 심사 끝나기 전에 결제 받을 수 있는 pg 있나요',
		'수수료 제일 싼 PG사가 어디예요',
		'어느 결제대행사가 좋아요',
		'PG 추천 좀',
		'간편결제 지원하는 pg 있어요?',
		// Keywords ending with the PG word: the PGs of the thing before it.
		'구매대행 pg사',
		'NFT 결제대행사',
		// Every PG at once: the comparison.
		'해외카드 수수료 pg마다 얼마예요',
		'결제대행사별 가입비',
	])('%s', (query) => {
		expect(parseQuery(query).asksWhichPg).toBe(true);
	});

	it.each([
		// Where to apply, how a contract goes, the PG the reader already has: other questions.
		'PG 가입신청 어디서 해요',
		'앱 출시 전에도 PG 계약 할수있나요',
		'계약한 PG 바꾸고 싶어요',
		'PG사 구비서류',
		'pg사',
		'이니시스 정기결제',
		'어떤 서류 내요',
	])('not: %s', (query) => {
		expect(parseQuery(query).asksWhichPg).toBe(false);
	});
});
