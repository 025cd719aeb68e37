// A form's buttons with what the last action did, read out as a status.
import type { ReactNode } from 'react';

export function ActionRow({
  children,
  outcome,
}: {
  children: ReactNode;
  outcome: string | undefined;
}) {
  return (
    <div className="form-buttons">
      {children}
      {outcome && (
        <span className="hint" role="status">
          {outcome}
        </span>
      )}
    </div>
  );
}
