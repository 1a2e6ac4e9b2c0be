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
