import assert from 'node:assert/strict';
import { test } from 'node:test';
import { startJourney } from './support/journey';
import { campaignPage } from './pages/campaign-pages';
import { signInPage } from './pages/sign-in-page';
import { assertAccessible, assertNoSidewaysScroll, openPage } from './support/browser';
import { createBantenCampaign, sitesOfUnit } from './support/campaign-data';

const UPT = 'Lapas Kelas IIA Serang';
const TIMEOUT = { timeout: 180_000 };
const PHONE = { width: 360, height: 740 };
const SITE = {
  name: 'Bantaran Sungai Cibanten',
  landType: 'Bantaran sungai',
  areaHa: '0,8',
  planned: '150',
  coordinates: '-6.121, 106.151',
};
const RENAMED = 'Bantaran Sungai Cibanten Hilir';

let campaignId = '';

const journey = startJourney(async () => {
  campaignId = (await createBantenCampaign(journey.server.url, 'Penanaman Kelapa Kanwil Banten atas nama UPT', '2026-12-15'))
    .id;
});

test(
  'Kanwil Banten registers a site on behalf of Lapas Serang and renames it, on a phone; the site stays the UPT’s',
  TIMEOUT,
  async () => {
    const page = await openPage(journey.browser, PHONE);
    await page.goto(`${journey.server.url}/campaigns/${campaignId}`);
    await signInPage(page).signIn('kanwil.banten');

    const campaign = campaignPage(page);
    await campaign.openTab('Lokasi');
    await campaign.chooseUnitOnBehalf(UPT);
    await campaign.registerSite(SITE);
    await campaign.siteCard(SITE.name).waitFor();
    await page.getByRole('heading', { level: 2, name: `Lokasi ${UPT}` }).waitFor();
    await assertNoSidewaysScroll(page, 'sites of a UPT seen by its Kanwil');

    const before = await campaign.renameSite(SITE.name, RENAMED);
    assert.equal(before, SITE.name, 'the edit form starts from the saved site');
    await assertAccessible(page, 'a site renamed on a UPT’s behalf');
    await assertNoSidewaysScroll(page, 'a site renamed on a UPT’s behalf');

    // The chosen UPT stays in the address: a reload shows the same unit's sites with the new name.
    await page.reload();
    await campaign.siteCard(RENAMED).waitFor();
    assert.equal(await campaign.siteCard(SITE.name).count(), 0);

    const { unitId, sites } = await sitesOfUnit(journey.server.url, 'kanwil.banten', campaignId, UPT);
    const site = sites.find((s) => s.name === RENAMED);
    assert.ok(site, `the renamed site is among the sites of ${UPT}`);
    assert.equal(site.unitId, unitId);
    assert.equal(site.unitName, UPT);
    assert.ok(!sites.some((s) => s.name === SITE.name), 'the old name is gone');

    // Kesiapan keeps the same UPT and saves its checklist on its behalf.
    await campaign.openTab('Kesiapan');
    await page.getByText(`Anda mencatat atas nama unit ${UPT}`, { exact: false }).waitFor();
    const h7 = page.getByRole('region', { name: 'Kesiapan H-7', exact: true });
    await h7.getByRole('checkbox', { name: 'Lahan siap' }).check();
    await h7.getByRole('button', { name: 'Simpan Kesiapan H-7' }).click();
    await h7.getByText(/^Tersimpan /).waitFor();
    assert.ok(await h7.getByRole('checkbox', { name: 'Lahan siap' }).isChecked());
    await page.context().close();
  },
);
