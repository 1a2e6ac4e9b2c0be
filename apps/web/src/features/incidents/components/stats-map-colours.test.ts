import { test } from 'node:test';
import assert from 'node:assert/strict';
import { colourOf } from './stats-map-colours.js';

test('red while a serious incident is open, amber for other open ones, grey when all are closed', () => {
  assert.equal(colourOf({ open: 3, openSerious: 1 }), 'red');
  assert.equal(colourOf({ open: 2, openSerious: 0 }), 'amber');
  assert.equal(colourOf({ open: 0, openSerious: 0 }), 'grey');
});
