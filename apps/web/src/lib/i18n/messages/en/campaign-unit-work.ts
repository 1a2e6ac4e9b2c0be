import type { campaignUnitWorkId } from '../campaign-unit-work';

export const campaignUnitWorkEn: Record<keyof typeof campaignUnitWorkId, string> = {
  'campaigns.site.edit': 'Edit',
  'campaigns.site.editNamed': 'Edit the site {name}',
  'campaigns.site.editLabel': 'Changes to the site {name}',
  'campaigns.site.saveChanges': 'Save changes',
  'campaigns.site.cancelEdit': 'Cancel',
  'campaigns.site.changed': 'The site’s changes are saved.',
  'campaigns.behalf.unit': 'UPT you work for',
  'campaigns.behalf.choose': 'Choose a UPT…',
  'campaigns.behalf.hint':
    'A regional office may register sites, fill in readiness and send reports on behalf of the taking-part UPTs in its region.',
  'campaigns.behalf.notice':
    'You are recording on behalf of {unit}: the sites, readiness and reports saved here belong to that unit.',
  'campaigns.behalf.none': 'No UPT in your region takes part yet.',
  'campaigns.behalf.sites': 'Sites of {unit}',
  'campaigns.monitor.photos': 'Photos, {window}',
  'campaigns.monitor.photosNone': 'No monitoring photos yet.',
  'campaigns.monitor.addPhoto': 'Add photos for {window}',
  'campaigns.monitor.photoHint':
    'Photograph the plants at the check with the camera’s GPS on; their place is checked against the site. The photos go with the monitoring report.',
};
