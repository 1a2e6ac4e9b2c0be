import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError, loadConfig } from './config.js';

const SECRET = 'x'.repeat(40);

test('development defaults: PGlite in ./data, demo on, port 3000', () => {
  const c = loadConfig({});
  assert.equal(c.port, 3000);
  assert.equal(c.dataDir, './data');
  assert.equal(c.databaseUrl, null);
  assert.equal(c.demo, true);
  assert.equal(c.secureCookies, false);
});

test('production refuses to start without a session secret', () => {
  assert.throws(() => loadConfig({ NODE_ENV: 'production' }), ConfigError);
  assert.throws(() => loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'short' }), ConfigError);
});

test('production never runs in demo mode and uses secure cookies', () => {
  const c = loadConfig({ NODE_ENV: 'production', SESSION_SECRET: SECRET });
  assert.equal(c.demo, false);
  assert.equal(c.secureCookies, true);
  assert.throws(() => loadConfig({ NODE_ENV: 'production', SESSION_SECRET: SECRET, DEMO: 'true' }), ConfigError);
});

test('bad values are named in the error', () => {
  assert.throws(() => loadConfig({ PORT: 'eighty' }), /PORT/);
  assert.throws(() => loadConfig({ LOG_LEVEL: 'loud' }), /LOG_LEVEL/);
});

test('DEMO=false skips demo accounts outside production', () => {
  assert.equal(loadConfig({ DEMO: 'false' }).demo, false);
});

test('jobs on, mail and webhook off by default; reminder offsets and digest parsed', () => {
  const c = loadConfig({});
  assert.equal(c.jobsEnabled, true);
  assert.equal(c.smtp, null);
  assert.equal(c.webhook, null);
  assert.deepEqual(c.reminderOffsetsDays, [-3, -1, 0, 1]);
  assert.equal(c.digest, 'daily');
  assert.equal(c.digestHour, 7);
  const custom = loadConfig({ REMINDER_OFFSETS_DAYS: '2, -7,0', DIGEST: 'weekly', DIGEST_HOUR: '9', SMTP_URL: 'smtp://127.0.0.1:2525' });
  assert.deepEqual(custom.reminderOffsetsDays, [-7, 0, 2]);
  assert.equal(custom.digest, 'weekly');
  assert.equal(custom.smtp?.url, 'smtp://127.0.0.1:2525');
  assert.throws(() => loadConfig({ REMINDER_OFFSETS_DAYS: 'soon' }), /REMINDER_OFFSETS_DAYS/);
  assert.throws(() => loadConfig({ WEBHOOK_URL: 'https://wa.example/hook' }), /WEBHOOK_SECRET/);
});
