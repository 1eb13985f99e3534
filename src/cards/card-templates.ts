import alertChoice from '../../cards/alert-choice.json';
import alertList from '../../cards/alert-list.json';
import alertSettings from '../../cards/alert-settings.json';
import alert from '../../cards/alert.json';
import confirmBulkRemediation from '../../cards/confirm-bulk-remediation.json';
import confirmRemediation from '../../cards/confirm-remediation.json';
import digest from '../../cards/digest.json';
import dismissed from '../../cards/dismissed.json';
import notificationIncidents from '../../cards/notification-incidents.json';
import notificationSubscribed from '../../cards/notification-subscribed.json';
import quietSummary from '../../cards/quiet-summary.json';
import refreshFailed from '../../cards/refresh-failed.json';
import remediationProgress from '../../cards/remediation-progress.json';
import scanning from '../../cards/scanning.json';
import watchDown from '../../cards/watch-down.json';
import watchRecovered from '../../cards/watch-recovered.json';
import welcomeTeam from '../../cards/welcome-team.json';

/**
 * Every Adaptive Card template in `cards/`, imported (compiled in, no file lookup at run time). A
 * template is rendered by its name here, so the list is complete by construction; a test checks that
 * every file in `cards/` is listed.
 */
export const CARD_TEMPLATES = {
  'alert-choice': alertChoice,
  'alert-list': alertList,
  'alert-settings': alertSettings,
  alert,
  'confirm-bulk-remediation': confirmBulkRemediation,
  'confirm-remediation': confirmRemediation,
  digest,
  dismissed,
  'notification-incidents': notificationIncidents,
  'notification-subscribed': notificationSubscribed,
  'quiet-summary': quietSummary,
  'refresh-failed': refreshFailed,
  'remediation-progress': remediationProgress,
  scanning,
  'watch-down': watchDown,
  'watch-recovered': watchRecovered,
  'welcome-team': welcomeTeam,
} as const;

export type TemplateName = keyof typeof CARD_TEMPLATES;
