import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cellSizeForZoom, clusterSites, type ClusterInput } from './site-clusters';

const TANGERANG_A: ClusterInput = { id: 'a', lat: -6.175, lng: 106.62, status: 'terverifikasi' };
const TANGERANG_B: ClusterInput = { id: 'b', lat: -6.176, lng: 106.621, status: 'dikembalikan' };
const SERANG: ClusterInput = { id: 'c', lat: -6.12, lng: 106.15, status: 'dilaporkan' };
const JAYAPURA: ClusterInput = { id: 'd', lat: -2.53, lng: 140.7, status: 'terdaftar' };

test('close sites share a cluster at a provincial zoom, distant ones do not', () => {
  const clusters = clusterSites([TANGERANG_A, TANGERANG_B, SERANG, JAYAPURA], cellSizeForZoom(8));
  const byIds = clusters.map((c) => c.ids.sort().join(',')).sort();
  assert.ok(byIds.includes('a,b'), JSON.stringify(byIds));
  assert.ok(byIds.includes('d'));
  assert.equal(
    clusters.reduce((sum, c) => sum + c.count, 0),
    4,
  );
});

test('a cluster takes the most urgent status of its sites and sits at their mean position', () => {
  const [cluster] = clusterSites([TANGERANG_A, TANGERANG_B], cellSizeForZoom(4));
  assert.equal(cluster?.status, 'dikembalikan');
  assert.equal(cluster?.count, 2);
  assert.ok(Math.abs((cluster?.lat ?? 0) - -6.1755) < 1e-9);
});

test('zoomed in far enough, every site stands alone', () => {
  const clusters = clusterSites([TANGERANG_A, TANGERANG_B, SERANG], cellSizeForZoom(18));
  assert.equal(clusters.length, 3);
  assert.ok(clusters.every((c) => c.count === 1));
});

test('cells halve with each zoom step', () => {
  assert.equal(cellSizeForZoom(5) / cellSizeForZoom(6), 2);
});
