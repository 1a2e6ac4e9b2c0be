export const programmeFiguresId = {
  'programmeFigures.title': 'Pembinaan {month}',
  'programmeFigures.label': 'Partisipasi pembinaan',
  'programmeFigures.rate': 'Tingkat partisipasi',
  'programmeFigures.rateDetail': 'warga binaan yang hadir minimal sekali dalam sebulan',
  'programmeFigures.participants': 'Peserta / populasi',
  'programmeFigures.participantsValue': '{participants} / {population}',
  'programmeFigures.participantsDetail': 'warga binaan di {scope}',
  'programmeFigures.hoursPerInmate': 'Jam per warga binaan',
  'programmeFigures.hoursDetail': '{hours} jam kehadiran',
  'programmeFigures.link': 'Buka Pembinaan',
};

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
