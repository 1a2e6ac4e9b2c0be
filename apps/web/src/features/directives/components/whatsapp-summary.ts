export type ShareLines = {
  title: string;
  unit: string;
  status: string;
  due: string;
  /** "- Bibit ditanam: 120 batang", one per reported metric. */
  metrics: string[];
  link: string;
  labels: { status: string; due: string; link: string };
};

/** The message a WhatsApp share carries: directive, unit, status, due time, reported values and a link back. */
export function whatsappSummary(lines: ShareLines): string {
  return [
    `*${lines.title}*`,
    lines.unit,
    `${lines.labels.status}: ${lines.status}`,
    `${lines.labels.due}: ${lines.due}`,
    ...lines.metrics,
    `${lines.labels.link}: ${lines.link}`,
  ].join('\n');
}

/** wa.me without a number: the person picks the chat (a group, a leader) in WhatsApp itself. */
export function whatsappLink(text: string): string {
  return `https://wa.me/?text=${encodeURIComponent(text)}`;
}
