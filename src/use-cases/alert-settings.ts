import { alertNameInScope } from '../cards/alert-headline';
import { renderAlertSettings } from '../cards/render-alert-settings';
import { alertTypeInfo } from '../pim/alert-catalog';
import type { Alert } from '../pim/model';
import { changeParts } from '../pim/settings/change-summary';
import { changedSettings, readSettingsForm, type FormValues } from '../pim/settings/settings-form';
import { changeConfiguration } from './change-configuration';
import type { Turn } from './turn';
import { currentAlert, viewOptions, type UseCaseDeps } from './use-case-deps';
import { cardResult, type UseCaseResult } from './use-case-result';

/** The settings form of an alert, as it is now, for this user (Save only for those who may write). */
export async function showSettings(deps: UseCaseDeps, turn: Turn, alertId: string): Promise<UseCaseResult> {
  const alert = await currentAlert(deps, alertId);
  return cardResult(renderAlertSettings(alert, { canWrite: (await viewOptions(deps, turn.user)).actionsVisible }));
}

/**
 * Save: every value checked against the alert type's documented range; any invalid value is shown on
 * the form (nothing is written); otherwise only what changed is written (audited) and the form comes
 * back with "old → new" per setting.
 */
export async function saveSettings(deps: UseCaseDeps, turn: Turn, alertId: string, form: FormValues): Promise<UseCaseResult> {
  const alert = await currentAlert(deps, alertId);
  const { values, errors } = readSettingsForm(alert, form);
  if (Object.keys(errors).length > 0) {
    const notice = { text: 'Nothing was saved: correct the values marked below.', good: false };
    return cardResult(renderAlertSettings(alert, { canWrite: true, notice, entered: form, errors }));
  }
  const changes = changedSettings(alert, values);
  if (Object.keys(changes).length === 0) return cardResult(renderAlertSettings(alert, { canWrite: true, notice: { text: 'Nothing changed.', good: true } }));
  const parts = changeParts(alert, changes, (name) => labelOf(alert, name));
  await changeConfiguration(deps, turn, alert, changes, `Changed '${alertNameInScope(alert)}' ${changeParts(alert, changes).join(', ')}`);
  deps.alertCache.forget(alertId);
  const saved = await currentAlert(deps, alertId);
  return cardResult(renderAlertSettings(saved, { canWrite: true, notice: { text: `Saved by ${turn.user.name}: ${parts.join('; ')}.`, good: true } }));
}

function labelOf(alert: Alert, name: string): string {
  if (name === 'isEnabled') return 'Enabled';
  return (alert.alertKey ? alertTypeInfo(alert.alertKey).settings.find((spec) => spec.name === name)?.label : undefined) ?? name;
}
