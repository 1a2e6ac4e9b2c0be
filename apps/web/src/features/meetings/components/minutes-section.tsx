import type { Meeting } from '@selaras/contracts';
import { Card } from '@/components/ui';
import { useI18n } from '@/lib/i18n/i18n';
import { DecisionList } from './decision-list';
import { MinutesEditor } from './minutes-editor';

export function MinutesSection({ meeting }: { meeting: Meeting }) {
  const { t } = useI18n();
  const hasMinutes = meeting.minutes.text !== '' || meeting.minutes.decisions.length > 0;
  return (
    <Card title={t('meetings.minutes.heading')}>
      <div className="flex flex-col gap-5">
        {!meeting.abilities.manage && !hasMinutes && <p className="text-slate-600">{t('meetings.minutes.empty')}</p>}
        {!meeting.abilities.manage && meeting.minutes.text && <p className="whitespace-pre-line">{meeting.minutes.text}</p>}
        <DecisionList meeting={meeting} />
        {meeting.abilities.manage && <MinutesEditor meeting={meeting} />}
      </div>
    </Card>
  );
}
