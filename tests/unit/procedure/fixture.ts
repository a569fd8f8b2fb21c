/** A small valid procedure, as the YAML file would hold it, for the procedure tests to change one field at a time. */
export const procedureInput = () => ({
	pg: { name: '테스트PG', latin: ['testpg'], kind: 'card' },
	guide: 'guides/test-contract',
	checked: new Date('2026-12-01T00:00:00Z'),
	sources: {
		contract: { path: 'core-service/how-to-use/test-contract.md', title: '테스트PG 상세 계약절차' },
		pricing: { path: 'pricing/pg/fees.md', title: '결제대행사 수수료' },
	},
	plans: [
		{ id: 'general', label: '일반결제', note: '계약 후 바로', source: 'contract' },
		{ id: 'recurring', label: '정기결제', source: 'contract' },
	],
	steps: [
		{ id: 'prepare', label: '신청 전 준비', section: '신청-전-준비', actor: '가맹점', source: 'contract' },
		{ id: 'apply', label: '신청서 제출', section: '신청서-제출', actor: '가맹점', source: 'contract' },
		{
			id: 'contract-mail',
			label: '계약 안내 메일',
			section: '계약-안내',
			actor: '결제대행사',
			duration: { min: 2, max: 3, unit: '영업일' },
			waiting: { check: '스팸함 확인', contact: '포트원 고객지원팀' },
			source: 'contract',
		},
		{ id: 'contract-done', label: '계약완료', section: '계약완료', actor: '결제대행사', source: 'contract' },
		{
			id: 'instant',
			label: '임시 MID로 시작',
			section: '계약완료',
			actor: '가맹점',
			plans: ['general'],
			deadline: { after: 'contract-done', amount: 1, unit: '개월', label: '임시 MID 기한' },
			source: 'contract',
		},
		{
			id: 'review',
			label: '카드사 심사',
			section: '카드사-심사',
			actor: '카드사·원천사',
			duration: { min: 2, max: 2, unit: '주' },
			deadline: { after: 'review', amount: 2, unit: '주', label: '심사 끝 (예상)' },
			source: 'contract',
		},
	],
	compare: {
		application: { value: 'forwarded', text: '바로 넘김', source: 'contract' },
		features: ['정기결제'],
		fees: [{ item: '수수료', text: '가맹점별 협의', negotiated: true, source: 'pricing' }],
	},
});
