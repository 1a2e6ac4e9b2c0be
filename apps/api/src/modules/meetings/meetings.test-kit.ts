// Helpers shared by the meetings module's route tests.
import assert from 'node:assert/strict';
import type { LightMyRequestResponse } from 'fastify';
import type { ChairOption, Meeting, MeetingAttendance } from '@selaras/contracts';
import type { Client } from '../../test/app.js';
import { put } from '../../test/app.js';

// eslint-disable-next-line no-restricted-imports -- test helpers about units and problems, shared rather than copied
export { API, kanwilId, kanwilName, problem, SEED_UPT, unitByName } from '../directives/directives.test-kit.js';
export { signedIn } from '../../test/app.js';

const API_V1 = '/api/v1';

/** A settable clock: tests move time to before, inside and after a meeting's window. */
export function testClock(start: string) {
  let now = new Date(start);
  return { clock: () => now, set: (iso: string) => (now = new Date(iso)) };
}

export async function chairId(by: Client, search: string): Promise<string> {
  const res = await by.get(`${API_V1}/meetings/chair-options?q=${encodeURIComponent(search)}`);
  assert.equal(res.statusCode, 200, res.body);
  const [first] = res.json() as ChairOption[];
  assert.ok(first, `a chair matching "${search}"`);
  return first.positionId;
}

/** A valid meeting body (09.00–11.00 WIB on 29 August 2025, to every UPT); tests override what they are about. */
export function meetingBody(chairPositionId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Rapat koordinasi tindak lanjut arahan',
    startLocal: '2025-08-29T09:00',
    timezone: 'Asia/Jakarta',
    durationMinutes: 120,
    mode: 'virtual',
    link: 'https://meet.example.go.id/rapat-29-agustus',
    chairPositionId,
    target: { mode: 'filter' },
    ...overrides,
  };
}

export async function createMeeting(by: Client, body: Record<string, unknown>): Promise<Meeting> {
  const res = await by.post(`${API_V1}/meetings`, body);
  assert.equal(res.statusCode, 201, res.body);
  return res.json() as Meeting;
}

export { put };

export function checkIn(by: Client, meetingId: string, staffCount: number): Promise<LightMyRequestResponse> {
  return by.post(`${API_V1}/meetings/${meetingId}/check-in`, { staffCount });
}

export function record(by: Client, meetingId: string, unitId: string, staffCount: number | null): Promise<LightMyRequestResponse> {
  return put(by, `${API_V1}/meetings/${meetingId}/attendance/${unitId}`, { staffCount });
}

export async function attendanceOf(by: Client, meetingId: string): Promise<MeetingAttendance> {
  const res = await by.get(`${API_V1}/meetings/${meetingId}/attendance`);
  assert.equal(res.statusCode, 200, res.body);
  return res.json() as MeetingAttendance;
}

export async function meetingOf(by: Client, meetingId: string): Promise<Meeting> {
  const res = await by.get(`${API_V1}/meetings/${meetingId}`);
  assert.equal(res.statusCode, 200, res.body);
  return res.json() as Meeting;
}
