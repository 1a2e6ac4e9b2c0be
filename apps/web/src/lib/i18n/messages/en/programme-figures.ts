import type { programmeFiguresId } from '../programme-figures';

export const programmeFiguresEn: Record<keyof typeof programmeFiguresId, string> = {
  'programmeFigures.title': 'Rehabilitation, {month}',
  'programmeFigures.label': 'Programme participation',
  'programmeFigures.rate': 'Participation rate',
  'programmeFigures.rateDetail': 'inmates present at least once this month',
  'programmeFigures.participants': 'Participants / population',
  'programmeFigures.participantsValue': '{participants} / {population}',
  'programmeFigures.participantsDetail': 'inmates in {scope}',
  'programmeFigures.hoursPerInmate': 'Hours per inmate',
  'programmeFigures.hoursDetail': '{hours} hours attended',
  'programmeFigures.link': 'Open Rehabilitation',
};
