import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { registerWebApp } from './web.js';

const INDEX = `<!doctype html><html><head><title>Selaras</title></head><body>${'<div>shell</div>'.repeat(200)}</body></html>`;
const SCRIPT = `export const greeting = ${JSON.stringify('halo '.repeat(500))};\n`;

let dist: string;
let app: FastifyInstance;

function writeWithCompressed(file: string, text: string): void {
  writeFileSync(file, text);
  writeFileSync(`${file}.gz`, gzipSync(text));
  writeFileSync(`${file}.br`, brotliCompressSync(text));
}

before(async () => {
  const parent = mkdtempSync(path.join(tmpdir(), 'selaras-web-'));
  dist = path.join(parent, 'dist');
  mkdirSync(path.join(dist, 'assets'), { recursive: true });
  writeWithCompressed(path.join(dist, 'index.html'), INDEX);
  writeWithCompressed(path.join(dist, 'assets', 'app-abc123.js'), SCRIPT);
  writeWithCompressed(path.join(dist, 'sw.js'), SCRIPT);
  writeFileSync(path.join(parent, 'secret.txt'), 'rahasia');
  app = Fastify();
  await registerWebApp(app, dist);
  await app.ready();
});

after(async () => {
  await app.close();
  rmSync(path.dirname(dist), { recursive: true, force: true });
});

test('a hashed asset comes brotli-compressed when the browser accepts it, cached for a year', async () => {
  const res = await app.inject({ url: '/assets/app-abc123.js', headers: { 'accept-encoding': 'gzip, deflate, br' } });
  assert.equal(res.statusCode, 200);
  assert.equal(res.headers['content-encoding'], 'br');
  assert.match(String(res.headers['vary']), /accept-encoding/i);
  assert.match(String(res.headers['content-type']), /javascript/);
  assert.match(String(res.headers['cache-control']), /max-age=31536000.*immutable/);
  assert.equal(brotliDecompressSync(res.rawPayload).toString(), SCRIPT);
});

test('gzip when the browser accepts gzip only', async () => {
  const res = await app.inject({ url: '/assets/app-abc123.js', headers: { 'accept-encoding': 'gzip' } });
  assert.equal(res.statusCode, 200);
  assert.equal(res.headers['content-encoding'], 'gzip');
  assert.equal(gunzipSync(res.rawPayload).toString(), SCRIPT);
});

test('the plain file when the browser accepts no compression', async () => {
  const res = await app.inject({ url: '/assets/app-abc123.js', headers: { 'accept-encoding': 'identity' } });
  assert.equal(res.statusCode, 200);
  assert.equal(res.headers['content-encoding'], undefined);
  assert.equal(res.body, SCRIPT);
});

test('index.html and the service worker are revalidated on every visit', async () => {
  for (const url of ['/', '/assignments?page=2', '/sw.js']) {
    const res = await app.inject({ url, headers: { 'accept-encoding': 'br' } });
    assert.equal(res.statusCode, 200, url);
    assert.equal(res.headers['cache-control'], 'no-cache', url);
    assert.equal(res.headers['content-encoding'], 'br', url);
  }
  const page = await app.inject({ url: '/assignments' });
  assert.equal(page.body, INDEX);
});

test('paths that climb out of the build folder never reach other files', async () => {
  for (const url of ['/../secret.txt', '/..%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/%2e%2e/secret.txt']) {
    const res = await app.inject({ url });
    assert.ok(!res.body.includes('rahasia'), `${url} → ${res.statusCode}`);
    assert.ok(res.statusCode < 500, `${url} → ${res.statusCode}`);
  }
});

test('a malformed address is refused with 400, not a server error', async () => {
  const res = await app.inject({ url: '/%E0%A4%A' });
  assert.equal(res.statusCode, 400);
});

test('an unknown API path is a 404 problem, not the app shell', async () => {
  const res = await app.inject({ url: '/api/v1/tidak-ada' });
  assert.equal(res.statusCode, 404);
  assert.match(String(res.headers['content-type']), /^application\/problem\+json/);
});
