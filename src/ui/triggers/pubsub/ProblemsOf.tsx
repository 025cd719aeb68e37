// The platform's refusals for one draft's resources, each as an alert beside the draft.
import type { PubSubState } from '../../../store';

interface Props {
  problems: PubSubState['problems'];
  /** Problem keys, each with what to name it by (null: the draft itself). */
  entries: Array<[key: string, label: string | null]>;
}

export function ProblemsOf({ problems, entries }: Props) {
  return entries.map(([key, label]) => {
    const text = problems.get(key);
    if (text === undefined) return null;
    return (
      <span className="field-problem" role="alert" key={key}>
        {label === null ? text : `${label}: ${text}`}
      </span>
    );
  });
}
