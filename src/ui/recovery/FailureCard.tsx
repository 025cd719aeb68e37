// What failed, said plainly, with a report to copy and the actions that get the learner going again.
import type { ReactNode } from 'react';
import { useState } from 'react';
import { Field } from '../forms/Field';
import { errorReport, errorSummary } from './error-report';
import './recovery.css';

interface Props {
  /** `the Result panel`, `this workspace`… */
  where: string;
  error: unknown;
  componentStack: string | null;
  actions: ReactNode;
}

export function FailureCard({ where, error, componentStack, actions }: Props) {
  const [report, setReport] = useState<string | null>(null);
  const [copied, setCopied] = useState<boolean | null>(null);

  const showReport = () => {
    const text = errorReport({
      where,
      error,
      componentStack,
      userAgent: navigator.userAgent,
      now: new Date(),
    });
    setReport(text);
    navigator.clipboard.writeText(text).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };

  return (
    <div className="failure" role="alert">
      <h2>Something went wrong in {where}</h2>
      <p className="mono failure-summary">{errorSummary(error)}</p>
      <p>Your code and settings are saved; nothing was deleted.</p>
      <div className="failure-actions">
        <button type="button" onClick={showReport}>
          Report
        </button>
        {actions}
      </div>
      {report !== null && (
        <Field
          label={
            <>
              Error report
              {copied === true && ' (copied to the clipboard)'}
              {copied === false && ' (select it and copy it)'}
            </>
          }
        >
          <textarea className="mono failure-report" readOnly value={report} rows={8} />
        </Field>
      )}
    </div>
  );
}
