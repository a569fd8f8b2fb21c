/**
 * On 내 체크리스트, a folded checklist's controls, fetched from its part page (src/pages/checklist/parts) into the
 * checklist's empty `<template>` when it is first opened or started. Offline the service worker answers from its
 * precache; where it cannot, the title line says so and the next opening tries again. Loaded only there.
 */
export async function loadControls(template: HTMLTemplateElement, href: string): Promise<boolean> {
	try {
		const response = await fetch(href);
		if (!response.ok) throw new Error(`${href}: ${response.status}`);
		const part = new DOMParser().parseFromString(await response.text(), 'text/html');
		const controls = part.querySelector<HTMLTemplateElement>('template[data-fold-controls]');
		if (!controls) throw new Error(`${href}: no controls`);
		template.content.replaceChildren(document.importNode(controls.content, true));
		delete template.dataset.src;
		return true;
	} catch {
		const element = template.closest('pg-checklist')!;
		element.querySelector('[data-fold-summary]')!.textContent = '연결이 없어 펼치지 못했습니다. 연결된 뒤 다시 여세요.';
		// The page shows its list once every started checklist has its row (see checklist.astro): this one has.
		element.toggleAttribute('data-summarized', true);
		return false;
	}
}
