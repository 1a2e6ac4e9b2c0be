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
