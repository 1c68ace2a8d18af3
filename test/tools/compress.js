/**
 * Compresses what the dev server sends, as a static host would: Brotli where the browser accepts
 * it, else gzip, for text (HTML, CSS, JavaScript, JSON, SVG) over 1 KB. A Koa middleware for
 * web-dev-server (`npm start`) and the scripts that serve the repository (bench, Lighthouse).
 */
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { Readable } from 'node:stream';

const COMPRESSIBLE = /^(text\/|application\/(javascript|json|manifest\+json)|image\/svg\+xml)/;
const MIN_BYTES = 1024;

async function bodyBuffer(body) {
  if (typeof body === 'string' || Buffer.isBuffer(body)) return Buffer.from(body);
  if (body instanceof Readable) {
    const parts = [];
    for await (const part of body) parts.push(Buffer.from(part));
    return Buffer.concat(parts);
  }
  return undefined;
}

export async function compress(context, next) {
  await next();
  const accepts = context.get('accept-encoding');
  if (context.status !== 200 || context.response.get('content-encoding') || !COMPRESSIBLE.test(context.type ?? ''))
    return;
  const encoding = /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : undefined;
  if (!encoding) return;
  const raw = await bodyBuffer(context.body);
  if (!raw) return;
  context.vary('Accept-Encoding');
  if (raw.length < MIN_BYTES) {
    context.body = raw;
    return;
  }
  context.body =
    encoding === 'br'
      ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 9 } })
      : gzipSync(raw, { level: 9 });
  context.set('Content-Encoding', encoding);
}
