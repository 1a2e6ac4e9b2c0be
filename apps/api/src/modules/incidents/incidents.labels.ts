import type { AlertLevel, AphAgency, IncidentStatus } from '@selaras/contracts';

/** Indonesian names for the codes, shared by the timeline, the exports and the PDF report. */
export const AGENCY_LABELS: Record<AphAgency, string> = {
  polres: 'Polres',
  polsek: 'Polsek',
  polda: 'Polda',
  brimob: 'Brimob',
  kodim_tni: 'Kodim/TNI',
  bnn: 'BNN',
  damkar: 'Pemadam kebakaran',
  pemda: 'Pemerintah daerah',
  bpbd: 'BPBD',
  lainnya: 'Lainnya',
};

export const ALERT_LEVEL_LABELS: Record<AlertLevel, string> = {
  unit: 'Unit',
  kanwil: 'Kantor Wilayah',
  hq: 'Kantor Pusat',
};

export const INCIDENT_STATUS_LABELS: Record<IncidentStatus, string> = {
  dilaporkan: 'Dilaporkan',
  ditangani: 'Ditangani',
  terkendali: 'Terkendali',
  pulih: 'Pulih',
  ditutup: 'Ditutup',
};
