/**
 * The folder of articles, relative to the project root: `CONTENT_DIR=<folder> npm run build` builds the same site
 * from another folder. Read by the collection's loader and by the Markdown pipeline's link repair.
 */
export const CONTENT_DIR = process.env.CONTENT_DIR || 'content/docs';
