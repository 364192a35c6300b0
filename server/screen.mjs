// Requests the book cannot answer, refused with the right 4xx before Next.js sees them: Next
// answers each of these with a 500 (its static-file server raises 405/416 as errors, and a path
// that cannot be decoded throws), which says "our fault" and fills the log.
import fs from 'node:fs';
import path from 'node:path';

/** The book only serves files: nothing is ever posted, put or deleted. */
export const METHODS = ['GET', 'HEAD'];

/** The decoded path of a request URL, or null when its percent-encoding is malformed. */
export function decodePath(url) {
  const raw = (url ?? '/').split(/[?#]/, 1)[0];
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/**
 * Whether a Range header can be served from a file of `size` bytes: true, false (nothing in
 * it lies inside the file: 416), or null when it is not a byte range we understand (ignored,
 * the whole file is sent, as RFC 9110 allows).
 */
export function rangeSatisfiable(header, size) {
  const match = /^bytes=(.+)$/i.exec(header.trim());
  if (!match) return null;
  const parts = match[1].split(',').map((part) => /^\s*(\d*)-(\d*)\s*$/.exec(part));
  if (parts.some((part) => !part || (part[1] === '' && part[2] === ''))) return null;
  return parts.some(([, first, last]) => {
    if (first === '') return Number(last) > 0 && size > 0; // the last n bytes
    return Number(first) < size && (last === '' || Number(first) <= Number(last));
  });
}

/** The file a static path is served from, if it is one: the build's /_next/static or public/. */
function staticFile(pathname, { distDir, publicDir }) {
  const [root, rest] = pathname.startsWith('/_next/static/') ? [path.join(distDir, 'static'), pathname.slice('/_next/static/'.length)] : [publicDir, pathname.slice(1)];
  const file = path.resolve(root, rest);
  if (!file.startsWith(path.resolve(root) + path.sep)) return null;
  try {
    const stat = fs.statSync(file);
    return stat.isFile() ? stat : null;
  } catch {
    return null;
  }
}

/**
 * The refusal for a request the book cannot serve ({ status, headers, body }), or null to let
 * Next.js answer it. `folders` says where the build and public/ are.
 */
export function screen(req, folders) {
  if (!METHODS.includes(req.method)) {
    return { status: 405, headers: { Allow: METHODS.join(', ') }, body: 'Method Not Allowed: the book only answers GET and HEAD.\n' };
  }
  const pathname = decodePath(req.url);
  if (pathname === null) return { status: 400, headers: {}, body: 'Bad Request: the address has a malformed %-escape.\n' };
  const range = req.headers.range;
  if (range) {
    const stat = staticFile(pathname, folders);
    if (stat && rangeSatisfiable(range, stat.size) === false) {
      return { status: 416, headers: { 'Content-Range': `bytes */${stat.size}` }, body: 'Range Not Satisfiable.\n' };
    }
  }
  return null;
}
