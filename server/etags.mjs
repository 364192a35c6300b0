// ETags for the files the build writes from route handlers (/search-index.json):
// Next sends pages with an ETag but these without one, so with
// revalidation every visit would fetch the 900 KB search index again instead of a 304.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** Map of path -> ETag for each prerendered route-handler body (.next/server/app/x.json.body). */
export function routeBodyEtags(distDir) {
  const root = path.join(distDir, 'server', 'app');
  const etags = new Map();
  for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.body')) continue;
    const file = path.join(entry.parentPath, entry.name);
    const route = `/${path.relative(root, file).split(path.sep).join('/').replace(/\.body$/, '')}`;
    etags.set(route, `"${crypto.createHash('sha256').update(fs.readFileSync(file)).digest('base64url').slice(0, 27)}"`);
  }
  return etags;
}

/** Whether an If-None-Match header names this ETag (or is `*`). */
export function matches(ifNoneMatch, etag) {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim().replace(/^W\//, '');
    return t === '*' || t === etag;
  });
}
