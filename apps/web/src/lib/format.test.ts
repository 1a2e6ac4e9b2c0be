import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDate, formatDateTime, formatNumber, formatTime } from './format.js';

// 9 Sep 2025 00:15 UTC is 07.15 in Jakarta, 08.15 in Makassar and 09.15 in Jayapura.
const PLANTING = '2025-09-09T00:15:00Z';

test('date and time in the unit zone, with the zone named', () => {
  assert.equal(formatDateTime(PLANTING, 'Asia/Makassar', 'id'), '9 September 2025, 08.15 WITA');
  assert.equal(formatDateTime(PLANTING, 'Asia/Jakarta', 'id'), '9 September 2025, 07.15 WIB');
  assert.equal(formatTime(PLANTING, 'Asia/Jayapura', 'id'), '09.15 WIT');
});

test('the date follows the zone across midnight', () => {
  assert.equal(formatDateTime('2025-08-16T17:30:00Z', 'Asia/Jayapura', 'id'), '17 Agustus 2025, 02.30 WIT');
  assert.equal(formatDateTime('2025-08-16T17:30:00Z', 'Asia/Jakarta', 'en'), '17 August 2025, 00.30 WIB');
});

test('calendar dates keep the precision they were given', () => {
  assert.equal(formatDate('2025-07-01', 'id'), '1 Juli 2025');
  assert.equal(formatDate('2023-10', 'id'), 'Oktober 2023');
  assert.equal(formatDate('2023-10', 'en'), 'October 2023');
  assert.equal(formatDate('2021', 'id'), '2021');
});

test('numbers use the language grouping', () => {
  assert.equal(formatNumber(1442.8, 'id'), '1.442,8');
  assert.equal(formatNumber(1442.8, 'en'), '1,442.8');
});
