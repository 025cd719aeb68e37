// A labelled control, the one way the panels write one: a <label> around its words and its
// control, so the words are the control's accessible name (the e2e specs find controls by them),
// with an optional message under it. The message's id and whether it is a problem are handed to
// the control to wire up (aria-describedby, aria-invalid) as each control needs.
import type { ReactNode } from 'react';
import { useId } from 'react';

/**
 * `stacked`: the words small above the control (`.field`, `.field-label`), the panels' forms.
 * `inline`: the words then the control on one line, in toolbars and headers.
 * `check`: a checkbox, then its words (`.check`).
 */
export type FieldLayout = 'stacked' | 'inline' | 'check';

/** What the control needs to point at the message. */
export interface FieldWiring {
  /** The shown message's id, for aria-describedby; undefined while none shows. */
  describedBy: string | undefined;
  /** Whether a problem shows, for aria-invalid (a hint is not one). */
  invalid: boolean;
}

interface FieldProps {
  /** The words: the control's accessible name. */
  label: ReactNode;
  layout?: FieldLayout;
  /** The label's classes, in place of the layout's own (`field`, none, `check`). */
  className?: string;
  title?: string;
  /** Why the value cannot be used: shown under the control as an alert. */
  problem?: string | null | undefined;
  /** Advice on a usable value, shown in the same place while there is no problem. */
  hint?: string | null | undefined;
  /** The control, or a function of the wiring that returns it. */
  children: ReactNode | ((wiring: FieldWiring) => ReactNode);
}

const LAYOUT_CLASS: Record<FieldLayout, string | undefined> = {
  stacked: 'field',
  inline: undefined,
  check: 'check',
};

export function Field(props: FieldProps) {
  const { label, layout = 'stacked', title, problem, hint, children } = props;
  const className = props.className ?? LAYOUT_CLASS[layout];
  const messageId = useId();
  const message = problem || hint || null;
  const control =
    typeof children === 'function'
      ? children({ describedBy: message ? messageId : undefined, invalid: Boolean(problem) })
      : children;
  const shown = <FieldProblem id={messageId} text={message} />;
  switch (layout) {
    case 'stacked':
      return (
        <label className={className} title={title}>
          <span className="field-label">{label}</span>
          {control}
          {shown}
        </label>
      );
    case 'inline':
      // A space between the words and the control, as in a sentence; a flex row drops it.
      return (
        <label className={className} title={title}>
          {label} {control}
          {shown}
        </label>
      );
    case 'check':
      return (
        <label className={className} title={title}>
          {control}
          {label}
          {shown}
        </label>
      );
  }
}

interface FieldProblemProps {
  text: string | null | undefined;
  id?: string | undefined;
  /** `p` where the message stands on its own line outside the label (after a row of controls). */
  as?: 'span' | 'p';
}

/**
 * A field's message, as an alert so a screen reader says it when it appears. Rendered apart from
 * its Field where it must sit elsewhere (after the form's button); the control then points at it
 * with aria-describedby itself.
 */
export function FieldProblem({ text, id, as: Tag = 'span' }: FieldProblemProps) {
  if (!text) return null;
  return (
    <Tag className="field-problem" id={id} role="alert">
      {text}
    </Tag>
  );
}
