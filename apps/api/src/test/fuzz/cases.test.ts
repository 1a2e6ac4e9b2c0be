import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { casesFor, everyInput, inputsWithoutCases, type Operation } from './cases.js';

const operation = (extra: Partial<Operation>): Operation => ({ method: 'POST', path: '/api/v1/things/{id}', parameters: [], bodyTypes: [], description: '', ...extra });
const ID = { in: 'path' as const, name: 'id', required: true, schema: { type: 'string', format: 'uuid' } };

describe('fuzz case generator', () => {
  test('attacks every path parameter, query parameter and body field it documents', () => {
    const op = operation({
      parameters: [ID, { in: 'query', name: 'limit', schema: { type: 'integer', minimum: 1 } }],
      body: { type: 'object', properties: { title: { type: 'string' }, tags: { type: 'array', items: { type: 'string' } } }, required: ['title'] },
      bodyTypes: ['application/json'],
    });
    const cases = casesFor(op, { id: '01900000-0000-7000-8000-000000000001' }, everyInput);
    assert.deepEqual(inputsWithoutCases(op, cases), []);
    const labels = cases.map((c) => c.label);
    for (const expected of ['path id: NUL byte', 'path id: raw traversal', 'query limit: NaN string', 'body title: missing', "body title: SQL DROP", 'body tags: 10k items', 'malformed JSON']) {
      assert.ok(labels.includes(expected), expected);
    }
    const traversal = cases.find((c) => c.label === 'path id: raw traversal');
    assert.equal(traversal?.url, '/api/v1/things/../../etc/passwd');
  });

  test('names the inputs it has no cases for, so a new kind of input fails the suite', () => {
    const op = operation({ parameters: [ID, { in: 'header', name: 'x-unit', schema: { type: 'string' } }], bodyTypes: ['application/json', 'text/csv'], body: { type: 'object', properties: { a: { type: 'string' } } } });
    assert.deepEqual(inputsWithoutCases(op, casesFor(op, { id: 'x' }, everyInput)), ['header x-unit', 'body text/csv']);
  });
});
