import type { metricsEditorId } from '../metrics-editor';

export const metricsEditorEn: Record<keyof typeof metricsEditorId, string> = {
  'metricsEditor.keyHint': 'Lower-case letters, digits and underscores; made from the name when empty.',
  'metricsEditor.unitHint': 'e.g. trees, ha, kg',
  'metricsEditor.choices': 'Answer choices',
  'metricsEditor.choicesHint': 'One choice per line, at least two.',
  'metricsEditor.target': 'Target per unit',
  'metricsEditor.targetHint': 'Optional.',
  'metricsEditor.rollup': 'How to total',
};
