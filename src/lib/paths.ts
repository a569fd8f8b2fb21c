import { slugify } from './slug';

/** Site paths of articles and index pages; every link to them is built here. */
export const articleHref = (id: string) => (id === 'index' || id === '' ? '/' : `/${id}/`);
export const categoryHref = (slug: string) => `/category/${slug}/`;
export const tagHref = (label: string) => `/tags/${slugify(label)}/`;
export const pgHref = (label: string) => `/pg/${slugify(label)}/`;
/** The glossary page, and a term's entry on it. */
export const GLOSSARY_PATH = '/glossary/';
export const termHref = (id: string) => `${GLOSSARY_PATH}#${id}`;
