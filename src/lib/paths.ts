import { slugify } from './slug';

/** Site paths of articles and index pages; every link to them is built here. */
export const articleHref = (id: string) => (id === 'index' || id === '' ? '/' : `/${id}/`);
export const categoryHref = (slug: string) => `/category/${slug}/`;
export const tagHref = (label: string) => `/tags/${slugify(label)}/`;
export const pgHref = (label: string) => `/pg/${slugify(label)}/`;
