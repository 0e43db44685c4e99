import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Schemas } from '../api/client';
import { commandHeaders, type CommandResult, useCommand } from '../components/command';
import { Field, ProblemAlert, valueOf } from '../components/form';
import { useT } from '../i18n';
import { loadUnits, type UnitName } from '../reference';

/** What every lead action form shares (lead-actions.tsx, transfer-line-forms.tsx, lead-record-forms.tsx). */
export type LeadDetail = Schemas['LeadDetail'];
export interface FormProps {
  lead: LeadDetail;
  onDone: (version: number) => unknown;
}

export const path = (lead: LeadDetail) => ({ id: lead.leadId });
/** A fresh idempotency key, and the version the officer saw (a command on a changed lead is refused with 412). */
export const headers = (lead: LeadDetail) => commandHeaders(lead.version);

/** The registry's units that pass `filter`, once they are read (empty before). */
export function useUnits(filter: (u: UnitName) => boolean, deps: unknown[] = []): UnitName[] {
  const [units, setUnits] = useState<UnitName[]>([]);
  useEffect(() => {
    loadUnits().then(
      (m) => setUnits([...m.values()].filter(filter)),
      () => undefined,
    );
  }, deps);
  return units;
}

export function UnitOptions({ units }: { units: UnitName[] }) {
  const { language } = useT();
  return (
    <>
      {units.map((u) => (
        <option key={u.unitId} value={u.unitId}>
          {language.startsWith('zh') ? u.nameZh : u.name}
        </option>
      ))}
    </>
  );
}

/** A form with a heading, the refusal's problem and a submit button: the frame of each lead form. */
export function ActionForm({
  id,
  heading,
  submit,
  failure,
  onSubmit,
  children,
}: {
  id: string;
  heading: string;
  submit: string;
  failure: string;
  onSubmit: () => Promise<unknown>;
  children: ComponentChildren;
}) {
  return (
    <form
      class="actions"
      aria-labelledby={`${id}-heading`}
      data-form={id}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit();
      }}
    >
      <h3 id={`${id}-heading`}>{heading}</h3>
      <ProblemAlert detail={failure} />
      {children}
      <button type="submit">{submit}</button>
    </form>
  );
}

/**
 * The originator's answer to one pending request (onward sharing, court use): an optional reason
 * and approve / refuse. A refusal needs the reason: the API says so, and its message shows on the field.
 */
export function RequestAnswer({
  id,
  testId,
  requestId,
  heading,
  question,
  approve,
  refuse,
  send,
  onDone,
}: {
  id: string;
  testId: string;
  requestId: string;
  heading: string;
  question: string;
  approve: string;
  refuse: string;
  send: (verb: 'approve' | 'refuse', body: { reason?: string }) => Promise<CommandResult>;
  onDone: FormProps['onDone'];
}) {
  const { t } = useT();
  const [reason, setReason] = useState('');
  const { errors, failure, settle } = useCommand(onDone);
  const answer = async (verb: 'approve' | 'refuse') => settle(await send(verb, reason ? { reason } : {}));
  return (
    <section class="actions" aria-labelledby={`${id}-heading`} data-testid={testId} data-request-id={requestId}>
      <h3 id={`${id}-heading`}>{heading}</h3>
      <p>{question}</p>
      <ProblemAlert detail={failure} />
      <Field id={`${id}-reason`} label={t('onward.answerReason')} error={errors.reason}>
        {(p) => <input {...p} value={reason} onInput={(e) => setReason(valueOf(e))} />}
      </Field>
      <button type="button" onClick={() => void answer('approve')}>
        {approve}
      </button>
      <button type="button" onClick={() => void answer('refuse')}>
        {refuse}
      </button>
    </section>
  );
}
