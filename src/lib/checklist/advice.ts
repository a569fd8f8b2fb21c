import type { WaitingView } from '../procedure/waiting';

/**
 * A waiting step's advice as plain lines, for text outside the page (a calendar event): what to check, then each
 * contact with every way to reach them.
 * @example adviceLines({ check: '스팸함 확인', contacts: [{ name: 'NHN KCP', phone: '1544-8662' }] }) // ['늦어지면: 스팸함 확인', '문의: NHN KCP 1544-8662']
 */
export const adviceLines = (waiting: WaitingView | undefined): string[] =>
	waiting
		? [
				`늦어지면: ${waiting.check}`,
				...waiting.contacts.map(({ name, phone, email, url, menu, hours }) => `문의: ${[name, phone, email, url, menu, hours && `(${hours})`].filter(Boolean).join(' ')}`),
			]
		: [];
