import type { offlineCaptureId } from '../offline-capture';

export const offlineCaptureEn: Record<keyof typeof offlineCaptureId, string> = {
  'capture.status.pending': 'Waiting to be sent: it goes out by itself once there is a signal.',
  'capture.status.sending': 'Sending…',
  'capture.status.sent': 'Sent.',
  'capture.status.rejected': 'Refused by the server: {reason}',
  'capture.status.conflict': 'Needs checking: {reason}',
  'capture.status.gone': 'No longer in this device’s queue.',
  'capture.discard': 'Discard',
  'capture.photo.queued': 'Photo kept on the device; it is sent by itself once there is a signal.',
  'capture.photo.waiting': 'Photo waiting to be sent',
  'capture.photo.previewAlt': 'Photo of {site} waiting to be sent',
  'capture.photo.label': 'Site photo {site}',
  'capture.results.queued': 'Results kept on the device; they are sent by themselves once there is a signal.',
  'capture.results.label': 'Site results {site}',
  'capture.incident.queued':
    'Incident report kept on the device; it is sent by itself once there is a signal. Its number, alerts and escalation start when the server receives it.',
  'capture.incident.noUpdates':
    'Updates, agency coordination and SOP steps can be recorded once this report is sent and its page opens.',
  'capture.incident.open': 'Open the incident page',
  'capture.incident.another': 'Report another incident',
  'capture.incident.edit': 'Correct the report',
  'capture.incident.label': 'Incident report: {category}, {location}',
  'capture.incident.waitingList': 'Incident reports not yet sent',
  'capture.update.queued': 'Update kept on the device; it is sent by itself once there is a signal.',
  'capture.update.label': 'Update {number}',
  'capture.attendance.label': 'Attendance {programme}, {date} {start}',
  'capture.check.label': 'Plant count {site}, {window}',
  'capture.checkIn.waiting':
    'Waiting for a signal. "Start" and "Finish" are stamped with the server’s clock when the signal returns, not when the button was pressed.',
  'capture.monitorReport.label': 'Monitoring report {window}',
  'capture.monitorReport.queued':
    'Monitoring report kept on the device; it is sent by itself once there is a signal, after the counts and photos made before it.',
};
