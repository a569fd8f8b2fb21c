import { durationText } from '../procedure/duration';
import { offeredTypes, paymentTimeline, type Timeline } from '../procedure/timeline';
import type { Method, PaymentType } from '../procedure/vocabulary';
import { appNotListed, hasAnswers, tierOf, type Answers } from './answers';
import { brandsOf } from './brands';
import { feesFor, mainMethod, type FeeLine } from './fees';
import type { ChooserProcedure } from './procedure';

/**
 * The chooser: a merchant's answers and the procedures → the PGs that meet every must, each with its reasons (one
 * line each, with the article it comes from), what it takes beyond its own contract, the time to a first real
 * payment and the fees that apply; the PGs the help center says too little about to tell; and the PGs left out, with
 * the reasons. Where a procedure says nothing about an answer, the reason says so and the PG is not left out for it.
 *
 * Brands of 간편결제 and foreign cards can also come through a second contract: a card PG's contract carries
 * 카카오페이 as 제휴 간편결제 when its `간편결제` method lists it, and otherwise the merchant can contract with the
 * easy-pay PG whose own brand it is (`pg.kind: easypay`) — or with a foreign-payment PG (`overseas`) for cards
 * issued abroad.
 */

/**
 * `met` and `conditional` (met on the terms its text says) keep a PG; `failed` leaves it out; `unstated`: the
 * procedure says nothing about it, which sends the PG to be confirmed when `confirm` is set (what the PG must
 * offer), and otherwise only says so (a limit the help center would state if there were one).
 */
export type Verdict = 'met' | 'conditional' | 'unstated' | 'failed';

export interface Reason {
	/** What was asked: `카드`, `카카오페이`, `개인사업자`, `카드사 심사 전 결제` … */
	topic: string;
	verdict: Verdict;
	text: string;
	/** The article's title. */
	source?: string | undefined;
	confirm?: boolean | undefined;
}

/** A PG to contract with directly for something its own brand or kind gives. */
export interface DirectContract {
	slug: string;
	name: string;
	guide: string;
	types: PaymentType[];
	timeline: Timeline;
	fees: FeeLine[];
	/** What the help center does not say about it for these answers. */
	notes: Reason[];
}

/** A 간편결제 brand or foreign cards: through the PG's own contract, or a direct contract with another PG. */
export interface Beyond {
	need: string;
	/** How the PG's own contract carries it, when it does. */
	own?: Reason | undefined;
	/** PGs that give it by a contract of their own: the way when `own` is absent, the alternative when present. */
	direct: DirectContract[];
}

/** A fact about a PG that holds whatever the answers: what a page shows of every PG. */
export interface Fact {
	label: string;
	text: string;
	source?: string | undefined;
}

export interface Candidate {
	slug: string;
	name: string;
	kind: ChooserProcedure['kind'];
	kindLabel: string;
	guide: string;
	reasons: Reason[];
	beyond: Beyond[];
	/** The contracts the answers take: this PG's, and one more for each need only another PG meets. */
	contracts: number;
	/** The payment types of its plans that the answers ask for, for its checklist. */
	types: PaymentType[];
	timeline: Timeline;
	fees: FeeLine[];
	otherFees: FeeLine[];
	/** Ways of paying asked about that the procedure states no fee for. */
	feesMissing: Method[];
	facts: Fact[];
}

export interface LeftOut {
	slug: string;
	name: string;
	guide: string;
	/** The failed musts. */
	reasons: Reason[];
}

export interface ChooserResult {
	answered: boolean;
	/** PGs meeting every must, the fewest contracts and the soonest first payment first. */
	fits: Candidate[];
	/** PGs failing no must, but that the help center says nothing about for one. */
	toCheck: Candidate[];
	leftOut: LeftOut[];
}

interface Context {
	answers: Answers;
	procedures: readonly ChooserProcedure[];
	/** The article most procedures cite for risky industries: what a silent procedure is silent in. */
	industryArticle: string | undefined;
}

export function choose(answers: Answers, procedures: readonly ChooserProcedure[]): ChooserResult {
	const context: Context = { answers, procedures, industryArticle: mostCommon(procedures.flatMap((p) => p.industries.map((i) => p.sources[i.source] ?? i.source))) };
	const result: ChooserResult = { answered: hasAnswers(answers), fits: [], toCheck: [], leftOut: [] };
	for (const procedure of procedures) {
		const candidate = candidateOf(procedure, context);
		const failed = candidate.reasons.filter((reason) => reason.verdict === 'failed');
		if (failed.length > 0) result.leftOut.push({ slug: procedure.slug, name: procedure.name, guide: procedure.guide, reasons: failed });
		else if (candidate.reasons.some((reason) => reason.verdict === 'unstated' && reason.confirm)) result.toCheck.push(candidate);
		else result.fits.push(candidate);
	}
	result.fits.sort(sooner);
	result.toCheck.sort(sooner);
	return result;
}

/** Fewer contracts, then the first payment soonest: fewest days at most, fewer waits of unstated length, fewest days at least. */
function sooner(a: Candidate, b: Candidate): number {
	const key = ({ contracts, timeline: { first } }: Candidate) => [contracts, first.days.max ?? Number.POSITIVE_INFINITY, first.unstated.length, first.days.min];
	const [x, y] = [key(a), key(b)];
	const index = x.findIndex((value, i) => value !== y[i]);
	return index === -1 ? 0 : x[index]! - y[index]!;
}

function candidateOf(procedure: ChooserProcedure, context: Context): Candidate {
	const { answers } = context;
	const tier = tierOf(answers);
	const beyond = [
		...answers.brands.map((brand) => beyondOf(procedure, brand, context)),
		...(answers.foreign ? [beyondOf(procedure, '해외카드', context)] : []),
	];
	const carried = beyond.filter((need) => need.own).map((need) => (need.need === '해외카드' ? '해외카드' : '간편결제'));
	const types = typesFor(procedure, [...answers.methods, ...carried]);
	const timeline = paymentTimeline(procedure, types);
	const [business, app, industry] = contractReasons(procedure, context);
	const reasons = [
		business,
		app,
		...answers.methods.map((method) => methodReason(procedure, method)),
		...beyond.filter((need) => need.need !== '해외카드').map((need) => beyondReason(procedure, need, context)),
		industry,
		answers.beforeReview ? beforeReviewReason(procedure, timeline) : undefined,
		...beyond.filter((need) => need.need === '해외카드').map((need) => beyondReason(procedure, need, context)),
	].filter((reason) => reason !== undefined);
	const feeMethods: Method[] = [...new Set([...answers.methods, ...carried])];
	const main = mainMethod(procedure);
	const { fees, other, missing } = feesFor(procedure, feeMethods.length > 0 ? feeMethods : main ? [main] : [], tier);
	return {
		slug: procedure.slug,
		name: procedure.name,
		kind: procedure.kind,
		kindLabel: procedure.kindLabel,
		guide: procedure.guide,
		reasons,
		beyond,
		contracts: 1 + beyond.filter((need) => !need.own && need.direct.length > 0).length,
		types,
		timeline,
		fees,
		otherFees: other,
		feesMissing: missing,
		facts: factsOf(procedure),
	};
}

/** The payment types of the procedure's plans that `methods` ask for, in its plans' order; a way of paying its plans do not name counts as 일반결제. */
function typesFor(procedure: ChooserProcedure, methods: readonly Method[]): PaymentType[] {
	const offered = offeredTypes(procedure);
	const TYPE: Partial<Record<Method, PaymentType>> = { 정기결제: 'recurring', 간편결제: 'easypay', 해외카드: 'overseas' };
	const wanted = methods.map((method) => TYPE[method] ?? 'general').map((type) => (offered.includes(type) ? type : 'general'));
	return offered.filter((type) => wanted.includes(type));
}

const titleOf = (procedure: ChooserProcedure, source: string | undefined) => (source === undefined ? undefined : (procedure.sources[source] ?? source));

/** The article a procedure's list of ways of paying mostly comes from. */
const methodsSource = (procedure: ChooserProcedure) => mostCommon(procedure.methods.map((method) => titleOf(procedure, method.source)!));

/** What any contract with the PG must meet: who signs it, an app not yet in the stores, the industry. */
function contractReasons(procedure: ChooserProcedure, { answers, industryArticle }: Context): [Reason | undefined, Reason | undefined, Reason | undefined] {
	const business = answers.business && procedure.businesses.find((entry) => entry.kind === answers.business);
	const businessReason: Reason | undefined = !answers.business
		? undefined
		: !business
			? { topic: answers.business, verdict: 'unstated', text: '도움말에 제한 안내 없음' }
			: {
					topic: answers.business,
					verdict: business.value === 'no' ? 'failed' : business.value === 'conditional' ? 'conditional' : 'met',
					text: business.text ?? (business.value === 'no' ? '계약할 수 없음' : '계약할 수 있음'),
					source: titleOf(procedure, business.source),
				};
	const { appStore } = procedure.compare;
	const appTopic = '스토어 등록 전 앱';
	const appReason: Reason | undefined = !appNotListed(answers)
		? undefined
		: !appStore || appStore.value === 'unknown'
			? { topic: appTopic, verdict: 'unstated', text: '도움말에 안내 없음', confirm: true, source: titleOf(procedure, appStore?.source) }
			: { topic: appTopic, verdict: appStore.value === 'required' ? 'failed' : 'met', text: appStore.text, source: titleOf(procedure, appStore.source) };
	const industry = answers.industry && procedure.industries.find((entry) => entry.industry === answers.industry);
	const industryReason: Reason | undefined = !answers.industry
		? undefined
		: !industry
			? { topic: answers.industry, verdict: 'unstated', text: '도움말에 안내 없음 — 위험 업종 안내에서 심사하는 곳으로 꼽지 않음', confirm: true, source: industryArticle }
			: {
					topic: answers.industry,
					verdict: industry.value === 'no' ? 'failed' : 'met',
					text: industry.text ?? (industry.value === 'no' ? '입점할 수 없음' : '심사 후 입점'),
					source: titleOf(procedure, industry.source),
				};
	return [businessReason, appReason, industryReason];
}

function methodReason(procedure: ChooserProcedure, method: Method): Reason {
	if (procedure.methods.length === 0) return { topic: method, verdict: 'unstated', text: '도움말에 안내 없음', confirm: true };
	const entry = procedure.methods.find((candidate) => candidate.method === method);
	if (!entry) {
		return { topic: method, verdict: 'failed', text: `결제수단에 없음 (있는 것: ${procedure.methods.map((m) => m.method).join(', ')})`, source: methodsSource(procedure) };
	}
	// 정기결제: the comparison's words say what it takes, where the procedure has them.
	const { recurring } = procedure.compare;
	const fact = method === '정기결제' && recurring ? recurring : entry;
	return { topic: method, verdict: 'met', text: fact.text ?? '결제수단에 있음', source: titleOf(procedure, fact.source) };
}

/** The PG's own way to a brand or foreign cards, and the PGs that give it by a contract of their own. */
function beyondOf(procedure: ChooserProcedure, need: string, context: Context): Beyond {
	const foreign = need === '해외카드';
	const entry = procedure.methods.find((method) => method.method === (foreign ? '해외카드' : '간편결제'));
	const carries = foreign ? entry !== undefined : (entry?.brands?.includes(need) ?? false);
	const ownKind = foreign ? 'overseas' : 'easypay';
	const own: Reason | undefined = carries
		? {
				topic: need,
				verdict: 'met',
				text: [foreign ? '결제수단에 있음' : procedure.kind === 'easypay' ? '직접 계약하는 간편결제' : '제휴 간편결제', entry!.text].filter(Boolean).join(' — '),
				source: titleOf(procedure, entry!.source),
			}
		: undefined;
	// A PG's own brand needs no second contract.
	const direct =
		carries && procedure.kind === ownKind
			? []
			: context.procedures
					.filter((other) => other !== procedure && other.kind === ownKind && (foreign ? other.methods.some((m) => m.method === '해외카드') : brandsOf(other)?.includes(need)))
					.map((other) => directContract(other, foreign ? ['해외카드'] : ['간편결제'], context))
					.filter((contract) => contract !== undefined);
	return { need, own, direct };
}

/** A direct contract with `procedure` for `methods`, unless a must of any contract leaves it out. */
function directContract(procedure: ChooserProcedure, methods: Method[], context: Context): DirectContract | undefined {
	const reasons = contractReasons(procedure, context).filter((reason) => reason !== undefined);
	if (reasons.some((reason) => reason.verdict === 'failed')) return undefined;
	const asked: Method[] = context.answers.methods.includes('정기결제') && procedure.methods.some((m) => m.method === '정기결제') ? [...methods, '정기결제'] : methods;
	const types = typesFor(procedure, asked);
	return {
		slug: procedure.slug,
		name: procedure.name,
		guide: procedure.guide,
		types,
		timeline: paymentTimeline(procedure, types),
		fees: feesFor(procedure, asked, tierOf(context.answers)).fees,
		notes: reasons.filter((reason) => reason.verdict === 'unstated' && reason.confirm),
	};
}

function beyondReason(procedure: ChooserProcedure, { need, own, direct }: Beyond, context: Context): Reason {
	if (own) return own;
	const foreign = need === '해외카드';
	const entry = procedure.methods.find((method) => method.method === (foreign ? '해외카드' : '간편결제'));
	const silent = procedure.methods.length === 0 || (!foreign && entry !== undefined && entry.brands === undefined);
	const missing = silent ? (foreign ? '도움말에 안내 없음' : '제휴 간편결제 브랜드는 도움말에 안내 없음') : foreign ? '결제수단에 없음' : entry ? '제휴 간편결제에 없음' : '간편결제 없음';
	const source = entry ? titleOf(procedure, entry.source) : methodsSource(procedure);
	if (direct.length > 0) return { topic: need, verdict: 'met', text: `${missing} → ${direct.map((contract) => contract.name).join(' 또는 ')}와 따로 계약`, source };
	if (silent) return { topic: need, verdict: 'unstated', text: missing, confirm: true, source };
	const blocked = context.procedures
		.filter((other) => other !== procedure && other.kind === (foreign ? 'overseas' : 'easypay') && (foreign || brandsOf(other)?.includes(need)))
		.map((other) => `${other.name}: ${contractReasons(other, context).find((reason) => reason?.verdict === 'failed')?.text}`);
	return { topic: need, verdict: 'failed', text: [missing, ...(blocked.length > 0 ? [`따로 계약할 곳도 답에 맞지 않음 (${blocked.join(', ')})`] : [])].join(' — '), source };
}

/** Taking payments before the card review: through 바로오픈, or because the procedure waits for no card review at all. */
function beforeReviewReason(procedure: ChooserProcedure, timeline: Timeline): Reason {
	const topic = '카드사 심사 전 결제';
	const { instantOpen, cardReview } = procedure.compare;
	if (timeline.cardReview === 'none' && cardReview) return { topic, verdict: 'met', text: `카드사 심사를 기다리지 않음 — ${cardReview.text}`, source: titleOf(procedure, cardReview.source) };
	if (!instantOpen || instantOpen.value === 'unknown') return { topic, verdict: 'unstated', text: '도움말에 안내 없음', confirm: true, source: titleOf(procedure, instantOpen?.source) };
	const verdict = instantOpen.value === 'yes' ? 'met' : instantOpen.value === 'conditional' ? 'conditional' : 'failed';
	const prefix = { met: '바로오픈', conditional: '바로오픈 (조건부)', failed: '안 됨' }[verdict];
	return { topic, verdict, text: `${prefix} — ${instantOpen.text}`, source: titleOf(procedure, instantOpen.source) };
}

/** What a page shows of every PG, whatever the answers. */
function factsOf(procedure: ChooserProcedure): Fact[] {
	const { instantOpen, cardReview, appStore } = procedure.compare;
	const none = '도움말에 안내 없음';
	const brands = procedure.methods.find((method) => method.method === '간편결제');
	return [
		{ label: '결제수단', text: procedure.methods.map((method) => method.method).join(', ') || none, source: methodsSource(procedure) },
		...(brands ? [{ label: '간편결제', text: brands.brands?.join(', ') ?? '브랜드 안내 없음', source: titleOf(procedure, brands.source) }] : []),
		{ label: '바로오픈', text: instantOpen?.text ?? none, source: titleOf(procedure, instantOpen?.source) },
		{
			label: '카드사 심사',
			text: cardReview ? [cardReview.duration && !('unknown' in cardReview.duration) ? durationText(cardReview.duration) : undefined, cardReview.text].filter(Boolean).join(' — ') : none,
			source: titleOf(procedure, cardReview?.source),
		},
		{ label: '스토어 등록 전 앱', text: appStore?.text ?? none, source: titleOf(procedure, appStore?.source) },
		...procedure.businesses.map((business) => ({ label: business.kind, text: business.text ?? (business.value === 'no' ? '계약할 수 없음' : '계약할 수 있음'), source: titleOf(procedure, business.source) })),
		...(procedure.industries.length > 0
			? [{ label: '심사하는 위험 업종', text: procedure.industries.map((industry) => industry.industry).join(', '), source: mostCommon(procedure.industries.map((i) => titleOf(procedure, i.source)!)) }]
			: []),
	];
}

/** The value that occurs most often (the first of a tie), if any. */
function mostCommon(values: readonly string[]): string | undefined {
	const counts = new Map<string, number>();
	for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
	let best: string | undefined;
	for (const [value, count] of counts) if (best === undefined || count > counts.get(best)!) best = value;
	return best;
}
