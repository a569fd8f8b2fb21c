import type { Beyond, Candidate, ChooserResult, DirectContract, Fact, LeftOut, Reason, Verdict } from '../../lib/choose/choose';
import type { FeeLine } from '../../lib/choose/fees';
import type { Answers } from '../../lib/choose/answers';
import { tierOf } from '../../lib/choose/answers';
import { articleHref } from '../../lib/paths';
import { daysText, soonText, waitsText, type Timeline, type TimelinePath } from '../../lib/procedure/timeline';
import type { PaymentType } from '../../lib/procedure/vocabulary';
import { html, type Html } from './html';

/**
 * The chooser's result as HTML: the same function draws it at build time (every PG, no answers: the page without
 * JavaScript) and in the browser after each answer. Render only: every decision is in lib/choose.
 */

export interface RenderOptions {
	/** The id of the checklist's heading on a guide (`내-체크리스트`). */
	checklistAnchor: string;
}

/** A PG's checklist, with the payment types chosen for it (the checklist takes those it offers). */
export const checklistHref = (guide: string, types: readonly PaymentType[], anchor: string) =>
	`${articleHref(guide)}${types.length > 0 ? `?types=${types.join(',')}` : ''}#${anchor}`;

const VERDICTS: Record<Verdict, { mark: string; label: string }> = {
	met: { mark: '✓', label: '맞음' },
	conditional: { mark: '△', label: '조건부' },
	unstated: { mark: '?', label: '안내 없음' },
	failed: { mark: '✕', label: '맞지 않음' },
};

const source = (title: string | undefined) => title && html` <span class="chooser-source">출처: ${title}</span>`;

const reasonItem = (reason: Reason) => {
	// Silence on a limit the help center would state (who may sign) is said, quietly: it asks nothing of the reader.
	const quiet = reason.verdict === 'unstated' && !reason.confirm;
	const { mark, label } = quiet ? { mark: '–', label: '안내 없음' } : VERDICTS[reason.verdict];
	return html`<li data-verdict="${quiet ? 'quiet' : reason.verdict}"><span class="chooser-mark" aria-hidden="true">${mark}</span><span class="sr-only">${label}: </span><strong>${reason.topic}</strong>: ${reason.text}${source(reason.source)}</li>`;
};

const reasonList = (reasons: readonly Reason[]) => reasons.length > 0 && html`<ul class="chooser-reasons">${reasons.map(reasonItem)}</ul>`;

/** `바로오픈으로 2~3영업일 (달력으로 2~5일) · 기간 안내 없음: 계약완료` */
function pathText(path: TimelinePath, instantOpen: boolean): Html {
	const waits = waitsText(path);
	return html`${instantOpen ? '바로오픈으로 ' : ''}${waits ? html`${waits} <span class="chooser-days">(달력으로 ${daysText(path.days)})</span>` : '기다리는 단계 없음'}${
		path.unstated.length > 0 && html` · <span class="chooser-unstated">기간 안내 없음: ${path.unstated.map((step) => step.label).join(', ')}</span>`
	}`;
}

/** The card's summary line: how many contracts, how soon a first payment, and its main rate. */
function headline(candidate: Candidate): Html {
	const { first } = candidate.timeline;
	const soon = soonText(first);
	const fee = candidate.fees.find((line) => line.rated);
	const elsewhere = candidate.beyond.filter((need) => !need.own && need.direct.length > 0).map((need) => need.need);
	const contracts = elsewhere.length > 0 ? `계약 ${candidate.contracts}곳 (${elsewhere.join(', ')} 따로)` : '계약 한 곳으로';
	return html`<p class="chooser-card__headline">${contracts} · 첫 실결제까지 <strong>${soon}</strong>${candidate.timeline.instantOpen ? ' (바로오픈)' : ''}${
		fee && html` · ${fee.item} <strong>${fee.text}</strong>`
	}</p>`;
}

const sameSoon = (a: TimelinePath, b: TimelinePath) => a.days.min === b.days.min && a.days.max === b.days.max && a.unstated.length === b.unstated.length;

function timelineRows(timeline: Timeline): Html {
	return html`<dt>첫 실결제까지</dt><dd>${pathText(timeline.first, timeline.instantOpen)}</dd>${
		!sameSoon(timeline.first, timeline.all) && html`<dt>고른 결제 모두 열리기까지</dt><dd>${pathText(timeline.all, false)}</dd>`
	}`;
}

const feeItem = (fee: FeeLine) => html`<li>${fee.item}: <strong>${fee.text}</strong>${source(fee.source)}</li>`;

function feeRows(candidate: Candidate, answers: Answers): Html {
	const tier = tierOf(answers);
	const label = tier ? `수수료 (${tier}${answers.revenue === '신규' ? ': 첫 세금 신고 전까지' : ''})` : '수수료';
	return html`<dt>${label}</dt><dd>${
		candidate.fees.length + candidate.feesMissing.length > 0 &&
		html`<ul class="chooser-fees">${candidate.fees.map(feeItem)}${candidate.feesMissing.map((method) => html`<li>${method}: <span class="chooser-none">도움말에 수수료 안내 없음</span></li>`)}</ul>`
	}${
		candidate.otherFees.length > 0 &&
		html`<details class="chooser-more"><summary>다른 수수료 ${candidate.otherFees.length}개<span class="sr-only">: ${candidate.name}</span></summary><ul class="chooser-fees">${candidate.otherFees.map(feeItem)}</ul></details>`
	}</dd>`;
}

/** A direct contract in one line: how soon, its main rates, and its checklist. */
function directText(contract: DirectContract, anchor: string): Html {
	const { first } = contract.timeline;
	const soon = soonText(first);
	return html`<a href="${articleHref(contract.guide)}">${contract.name}</a> (첫 실결제까지 ${soon}${contract.fees.slice(0, 2).map((fee) => ` · ${fee.item} ${fee.text}`)}${
		contract.notes.map((note) => ` · ${note.topic}: ${note.text}`)
	}) <a href="${checklistHref(contract.guide, contract.types, anchor)}">체크리스트<span class="sr-only">: ${contract.name}</span></a>`;
}

/** A brand or foreign cards another PG gives by its own contract: the way when this PG's does not, else the alternative. */
const beyondItem = (need: Beyond, anchor: string) =>
	html`<li><strong>${need.need}</strong>: ${need.own ? '제휴 대신 직접 계약하면' : '따로 계약'} → ${need.direct.map((contract, index) => html`${index > 0 ? ' 또는 ' : ''}${directText(contract, anchor)}`)}</li>`;

const factRows = (facts: readonly Fact[]) => facts.map((fact) => html`<dt>${fact.label}</dt><dd>${fact.text}${source(fact.source)}</dd>`);

function card(candidate: Candidate, answers: Answers, open: boolean, answered: boolean, { checklistAnchor }: RenderOptions): Html {
	const id = `choice-${candidate.slug}`;
	const direct = candidate.beyond.filter((need) => need.direct.length > 0);
	return html`<li class="chooser-card" data-pg="${candidate.slug}"><details${open ? html` open` : ''}>
<summary><h3 id="${id}">${candidate.name} <span class="chooser-kind">${candidate.kindLabel}</span></h3>${headline(candidate)}</summary>
${reasonList(candidate.reasons)}
<dl class="chooser-details">${timelineRows(candidate.timeline)}${
		direct.length > 0 && html`<dt>직접 계약하는 간편결제·해외결제</dt><dd><ul class="chooser-beyond">${direct.map((need) => beyondItem(need, checklistAnchor))}</ul></dd>`
	}${feeRows(candidate, answers)}</dl>
<p class="chooser-actions"><a class="chooser-start" href="${checklistHref(candidate.guide, candidate.types, checklistAnchor)}">이 조합으로 시작<span class="sr-only">: ${candidate.name} 체크리스트</span></a><a href="${articleHref(candidate.guide)}">가이드 보기<span class="sr-only">: ${candidate.name}</span></a></p>
<details class="chooser-more"${answered ? '' : html` open`}><summary>${candidate.name}의 계약 조건</summary><dl class="chooser-facts">${factRows(candidate.facts)}</dl></details>
</details></li>`;
}

/** Cards open at first: the best few, once there are answers. */
const OPEN_CARDS = 3;

const leftOutItem = (pg: LeftOut) => html`<li data-pg="${pg.slug}"><a href="${articleHref(pg.guide)}">${pg.name}</a>${reasonList(pg.reasons)}</li>`;

/** A group of the result under its heading: `fits`, `to-check` or `left-out`. */
const group = (name: string, id: string, heading: string, body: Html) =>
	html`<section class="chooser-group" data-group="${name}" aria-labelledby="${id}"><h2 id="${id}">${heading}</h2>${body}</section>`;

export function renderResult(result: ChooserResult, answers: Answers, options: RenderOptions): Html {
	const { answered, fits, toCheck, leftOut } = result;
	const cards = (list: readonly Candidate[], open = 0) => html`<ol class="chooser-cards">${list.map((candidate, index) => card(candidate, answers, index < open, answered, options))}</ol>`;
	if (!answered) {
		return group(
			'fits',
			'결과',
			`결제대행사 ${fits.length + toCheck.length}곳 모두`,
			html`<p>이름을 누르면 계약 조건이 펼쳐집니다. 질문에 답하면 맞는 곳만 남고, 맞지 않는 곳은 이유와 함께 아래로 갑니다. 첫 실결제까지의 기간은 결제대행사·카드사를 기다리는 단계만 더한 것입니다(준비와 개발은 빼고).</p>${cards([...fits, ...toCheck])}`,
		);
	}
	return html`${group(
		'fits',
		'결과',
		`답에 맞는 곳 ${fits.length}곳`,
		fits.length > 0
			? html`<p>계약이 적고 첫 실결제가 빠른 곳부터입니다. 기간은 결제대행사·카드사를 기다리는 단계만 더했습니다(준비와 개발은 빼고).</p>${cards(fits, OPEN_CARDS)}`
			: html`<p>모든 답을 만족하는 결제대행사가 없습니다. ${toCheck.length > 0 ? '아래 확인이 필요한 곳을 보거나 ' : ''}답을 하나 바꿔 보세요.</p>`,
	)}${
		toCheck.length > 0 &&
		group(
			'to-check',
			'확인이-필요한-곳',
			`확인이 필요한 곳 ${toCheck.length}곳`,
			html`<p>답 가운데 도움말에 안내가 없는 것이 있습니다(<strong>?</strong> 표시). 계약 전에 결제대행사나 포트원에 물어보세요.</p>${cards(toCheck)}`,
		)
	}${leftOut.length > 0 && group('left-out', '맞지-않는-곳', `맞지 않는 곳 ${leftOut.length}곳`, html`<ul class="chooser-left">${leftOut.map(leftOutItem)}</ul>`)}`;
}

/** What the status line says after an answer. */
export function resultStatus({ answered, fits, toCheck, leftOut }: ChooserResult): string {
	if (!answered) return `결제대행사 ${fits.length + toCheck.length}곳 모두`;
	return [`답에 맞는 곳 ${fits.length}곳`, toCheck.length > 0 && `확인 필요 ${toCheck.length}곳`, leftOut.length > 0 && `맞지 않는 곳 ${leftOut.length}곳`].filter(Boolean).join(' · ');
}
