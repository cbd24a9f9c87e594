/**
 * The built game served beside the class rooms (`npm run build` makes dist/),
 * so a classroom needs one address. Files only from inside that folder; a
 * path that climbs out of it is not found.
 */
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { SERVED_BY_CLASS_SERVER } from '../share/live/protocol';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};

export function serveStatic(req: IncomingMessage, res: ServerResponse, dir?: string): void {
  const notFound = (why: string) => {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(why);
  };
  if (!dir)
    return notFound(
      'This is the Race of Logistics class server. Open the game from its own address (npm run dev), or build it (npm run build) to have it served here.',
    );
  if (req.method !== 'GET' && req.method !== 'HEAD') return notFound('not found');
  let path: string;
  try {
    path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
  } catch {
    return notFound('not found');
  }
  const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
  if (!file.startsWith(normalize(dir) + sep)) return notFound('not found');
  try {
    if (!statSync(file).isFile()) return notFound('not found');
  } catch {
    return notFound('not found');
  }
  res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
  if (req.method === 'HEAD') return void res.end();
  // The page says it came from the class server, so the game joins classes at its own address.
  if (file.endsWith('index.html'))
    return void res.end(readFileSync(file, 'utf8').replace('<head>', `<head>\n    <meta name="${SERVED_BY_CLASS_SERVER}" content="self" />`));
  createReadStream(file).pipe(res);
}
