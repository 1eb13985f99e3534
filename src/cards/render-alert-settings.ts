import type { Alert } from '../pim/model';
import { formNumber, formSettings, settingRange, unitInputId, valueInputId, type FormValues } from '../pim/settings/settings-form';
import { alertDisplayName } from './alert-headline';
import { alertScopeName, isAzureScope } from './alert-scope';
import type { CardPayload } from './card-payload';
import { renderTemplate } from './card-template';
import { escapeCardText, escapePlainCardText } from './escape-card-text';

export interface AlertSettingsOptions {
  /** Whether this user may change settings (Save shown). */
  readonly canWrite: boolean;
  /** "Saved: … → …" or "Nothing changed" (unescaped). */
  readonly notice?: { readonly text: string; readonly good: boolean };
  /** What the user typed, shown again next to the errors instead of the current values. */
  readonly entered?: FormValues;
  /** Why a value was refused, by setting name (unescaped). */
  readonly errors?: Readonly<Record<string, string>>;
}

export interface AlertSettingsData {
  readonly alertId: string;
  readonly name: string;
  /** The subscription an Azure alert's settings belong to (one line); none for the directory. */
  readonly scopeLines: readonly { readonly text: string }[];
  /** What Enabled turns on: scanning the directory, or this subscription. */
  readonly enabledTitle: string;
  readonly notices: readonly { readonly text: string; readonly style: string }[];
  readonly isEnabled: string;
  readonly fields: readonly {
    readonly inputId: string; readonly label: string; readonly help: string; readonly rangeText: string;
    readonly min: number; readonly max: number; readonly value: number;
    readonly units: readonly { readonly unitId: string; readonly unit: string }[];
    readonly errors: readonly { readonly text: string }[];
  }[];
  readonly readOnlyNote: readonly { readonly text: string }[];
  readonly save: readonly { readonly alertId: string }[];
}

/**
 * An alert's settings as a form: Enabled (Input.Toggle), and each setting the type has as an
 * Input.Number bounded by its documented range (a duration with an Input.ChoiceSet unit), with Save.
 */
export function renderAlertSettings(alert: Alert, options: AlertSettingsOptions): CardPayload {
  return renderTemplate('alert-settings', alertSettingsData(alert, options));
}

export function alertSettingsData(alert: Alert, options: AlertSettingsOptions): AlertSettingsData {
  const alertId = escapePlainCardText(alert.id, 300);
  const entered = options.entered ?? {};
  const enabled = entered.isEnabled ?? alert.configuration?.isEnabled ?? false;
  const azure = isAzureScope(alert);
  // Each API names its own settings: Resource Manager's alertConfiguration properties, Graph's unifiedRoleManagementAlertConfiguration ones.
  const api = azure ? 'Resource Manager' : 'Graph';
  const fields = formSettings(alert).map((spec) => {
    const current = formNumber(spec, alert.configuration?.settings[spec.name]);
    const typed = entered[valueInputId(spec)];
    const typedUnit = entered[unitInputId(spec)];
    // What was typed stays on the form (a fraction too, so the error beside it makes sense); anything else shows the current value.
    const value = typeof typed === 'number' || (typeof typed === 'string' && /^-?\d{1,9}(\.\d{1,9})?$/.test(typed.trim())) ? Number(typed) : current.amount;
    const unit = typeof typedUnit === 'string' ? typedUnit : current.unit;
    const range = settingRange(spec);
    const minMax = spec.kind === 'duration' ? { min: 0, max: spec.max } : { min: spec.min, max: spec.max };
    return {
      inputId: valueInputId(spec),
      label: escapePlainCardText(spec.kind === 'days' ? `${spec.label} (days)` : spec.label, 120),
      help: escapeCardText(`Allowed: ${range}. ${api} setting ${spec.name}.`, 200),
      rangeText: escapePlainCardText(`Enter ${range}.`, 120),
      ...minMax,
      value,
      units: spec.kind === 'duration' ? [{ unitId: unitInputId(spec), unit: escapePlainCardText(unit ?? 'seconds', 20) }] : [],
      errors: options.errors?.[spec.name] ? [{ text: escapeCardText(options.errors[spec.name], 300) }] : [],
    };
  });
  const notices = options.notice ? [{ text: escapeCardText(options.notice.text, 1500), style: options.notice.good ? 'good' : 'warning' }] : [];
  const fixed = fields.length === 0 ? [{ text: 'This alert type has no settings besides Enabled.' }] : [];
  const readOnly = options.canWrite ? [] : [{ text: 'Only PIM administrators can change these settings.' }];
  return {
    alertId,
    name: escapeCardText(alertDisplayName(alert), 300),
    scopeLines: azure ? [{ text: escapeCardText(alertScopeName(alert), 300) }] : [],
    enabledTitle: azure ? 'Enabled (PIM scans this subscription for this alert)' : 'Enabled (PIM scans the directory for this alert)',
    notices,
    isEnabled: enabled === true || enabled === 'true' ? 'true' : 'false',
    fields,
    readOnlyNote: [...fixed, ...readOnly],
    save: options.canWrite ? [{ alertId }] : [],
  };
}
