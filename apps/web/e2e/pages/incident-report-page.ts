import type { Page } from 'playwright-core';

export type FirstReport = {
  /** The category as shown on its card, e.g. "Pelarian". */
  category: string;
  /** "Ringan", "Sedang", "Berat" or "Kritis". */
  severity: string;
  location: string;
  description: string;
  /** "2026-03-05T08:15" on the unit's clock; left as prefilled (now) when omitted. */
  occurredLocal?: string;
  /** By the counter's label, e.g. { Kabur: '12' }. */
  counters?: Record<string, string>;
};

/** The first report at /insiden/baru. */
export function incidentReportPage(page: Page) {
  const main = page.getByRole('main');
  const form = main.getByRole('form', { name: 'Laporan insiden' });
  return {
    heading: main.getByRole('heading', { level: 1, name: 'Laporkan insiden' }),
    form,
    location: form.getByRole('textbox', { name: 'Tempat kejadian', exact: true }),
    description: form.getByRole('textbox', { name: 'Uraian singkat', exact: true }),
    occurredAt: form.getByLabel(/^Waktu kejadian \((WIB|WITA|WIT)\)/),
    submitButton: form.getByRole('button', { name: 'Kirim laporan' }),
    async waitUntilLoaded() {
      await this.heading.waitFor();
      await form.getByRole('group', { name: 'Jenis kejadian' }).getByRole('radio').first().waitFor();
    },
    async fill(report: FirstReport) {
      await form
        .getByRole('group', { name: 'Jenis kejadian' })
        .getByRole('radio', { name: report.category, exact: true })
        .check();
      await form
        .getByRole('group', { name: 'Tingkat' })
        .getByRole('radio', { name: report.severity, exact: true })
        .check();
      if (report.occurredLocal) await this.occurredAt.fill(report.occurredLocal);
      await this.location.fill(report.location);
      await this.description.fill(report.description);
      for (const [label, value] of Object.entries(report.counters ?? {})) {
        await form.getByRole('textbox', { name: label, exact: true }).fill(value);
      }
    },
    /** Sends the report and waits for the incident page it opens; returns the incident id from the address. */
    async submit(): Promise<string> {
      await this.submitButton.click();
      await page.waitForURL(/\/insiden\/[0-9a-f-]{36}$/);
      const id = new URL(page.url()).pathname.split('/').pop() ?? '';
      return id;
    },
    /** The clientId kept with the draft (sessionStorage), to show a reload keeps the same one. */
    async draftClientId(): Promise<string | null> {
      return page.evaluate(() => {
        const raw = window.sessionStorage.getItem('selaras.draft.incidents.report');
        if (!raw) return null;
        const draft: unknown = JSON.parse(raw);
        return typeof draft === 'object' && draft !== null && 'clientId' in draft && typeof draft.clientId === 'string'
          ? draft.clientId
          : null;
      });
    },
    /** An error message shown under a field or above the form. */
    errorText(text: string | RegExp) {
      return form.getByText(text);
    },
  };
}
