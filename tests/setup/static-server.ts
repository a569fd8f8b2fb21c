/**
 * A minimal static file server for tests and benchmarks: serves a built site the way a static host does,
 * text compressed with gzip when the browser accepts it (Lighthouse measures what a real host would send).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createGzip } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css',
	'.js': 'text/javascript',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
	'.wasm': 'application/wasm',
	'.webmanifest': 'application/manifest+json',
	'.png': 'image/png',
	'.md': 'text/markdown; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
};
/** Pagefind's index files are gzip already; images are compressed formats of their own. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.svg', '.xml', '.wasm', '.webmanifest', '.md', '.txt']);

export interface ServeOptions {
	/** Milliseconds to wait before answering a path: a slow network for that file. */
	delay?: (path: string) => number;
}

export function serveStatic(root: string, port: number, { delay }: ServeOptions = {}): Promise<Server> {
	const server = createServer(async (request, response) => {
		const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
		const wait = delay?.(path) ?? 0;
		if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
		let file = join(root, path);
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		const found = existsSync(file);
		if (!found) file = join(root, '404.html');
		const gzip = COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
		response.writeHead(found ? 200 : 404, {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			vary: 'accept-encoding',
			...(gzip ? { 'content-encoding': 'gzip' } : {}),
		});
		const body = createReadStream(file);
		(gzip ? body.pipe(createGzip()) : body).pipe(response);
	});
	return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

/** Counts what the server sends from now on, headers and bodies, as on the wire: `() => bytes so far`. */
export function countBytesSent(server: Server): () => number {
	const open = new Set<Socket>();
	let closed = 0;
	server.on('connection', (socket: Socket) => {
		open.add(socket);
		socket.once('close', () => {
			closed += socket.bytesWritten;
			open.delete(socket);
		});
	});
	return () => closed + [...open].reduce((sum, socket) => sum + socket.bytesWritten, 0);
}
