// The metric editor's own labels; the labels a form names differently stay in its feature group.
export const metricsEditorId = {
  'metricsEditor.keyHint': 'Huruf kecil, angka dan garis bawah; dibuat dari nama bila kosong.',
  'metricsEditor.unitHint': 'mis. batang, ha, kg',
  'metricsEditor.choices': 'Pilihan jawaban',
  'metricsEditor.choicesHint': 'Satu pilihan per baris, minimal dua.',
  'metricsEditor.target': 'Target per unit',
  'metricsEditor.targetHint': 'Boleh dikosongkan.',
  'metricsEditor.rollup': 'Cara merekap',
};

export const metricsEditorEn: Record<keyof typeof metricsEditorId, string> = {
  'metricsEditor.keyHint': 'Lower-case letters, digits and underscores; made from the name when empty.',
  'metricsEditor.unitHint': 'e.g. trees, ha, kg',
  'metricsEditor.choices': 'Answer choices',
  'metricsEditor.choicesHint': 'One choice per line, at least two.',
  'metricsEditor.target': 'Target per unit',
  'metricsEditor.targetHint': 'Optional.',
  'metricsEditor.rollup': 'How to total',
};
