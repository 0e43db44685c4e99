import type { Schemas } from '../api/client';
import { formatDateTime } from '../format';
import { useT } from '../i18n';

type CreditStatus = Schemas['CreditStatus'];

/** The `creditStatus` a gateway read adds beside a subject (ADR 0027), if it is there and well-formed. */
export const creditStatusOf = (record: unknown): CreditStatus | undefined => {
  const status = (record as { creditStatus?: CreditStatus } | null | undefined)?.creditStatus;
  return status && typeof status.blacklisted === 'boolean' ? status : undefined;
};

/**
 * A subject's credit status as a badge, so a repeat offender stands out: blacklisted (with the
 * end of the listing), has credit entries (how many the officer may see), or none. Absent when the
 * subject has no credit code or the credit service did not answer in time ("not known").
 */
export function CreditBadge({ status, testId = 'credit-status' }: { status: CreditStatus | undefined; testId?: string }) {
  const { t, language } = useT();
  if (!status)
    return (
      <span data-testid={testId} data-credit="unknown">
        {t('credit.unknown')}
      </span>
    );
  if (status.blacklisted)
    return (
      <strong class="badge badge-danger" data-testid={testId} data-credit="blacklisted">
        ⚠ {t('credit.blacklisted')}
        {status.blacklistedUntil ? ` · ${t('credit.until', { at: formatDateTime(status.blacklistedUntil, language) })}` : ''}
        {status.entryCount > 0 ? ` · ${t('credit.entries', { count: status.entryCount })}` : ''}
      </strong>
    );
  if (status.entryCount > 0)
    return (
      <strong class="badge badge-warning" data-testid={testId} data-credit="entries">
        ⚠ {t('credit.entries', { count: status.entryCount })}
      </strong>
    );
  return (
    <span data-testid={testId} data-credit="clean">
      {t('credit.none')}
    </span>
  );
}
