/** The site's name and summary: Starlight's title and description, and the head of `/llms.txt`. */
export const SITE_TITLE = 'PG 계약 가이드';
export const SITE_DESCRIPTION = '포트원으로 결제대행사(PG)와 계약하는 과정을 단계별로 안내합니다.';
