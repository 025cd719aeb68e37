// The text a learner can paste when part of the app fails: where, what, and in which browser.
// It carries no code, events or names of theirs: a report is safe to paste anywhere.

export interface ErrorReportInput {
  /** The part that failed: a panel's name, or `the app`. */
  where: string;
  error: unknown;
  /** React's component stack, when a boundary caught the error. */
  componentStack?: string | null | undefined;
  userAgent: string;
  now: Date;
}

/** `TypeError: Cannot read…` for errors; the value itself for anything else thrown. */
export function errorSummary(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  try {
    return `Thrown: ${JSON.stringify(error) ?? String(error)}`;
  } catch {
    return `Thrown: ${String(error)}`;
  }
}

export function errorReport(input: ErrorReportInput): string {
  const { where, error, componentStack, userAgent, now } = input;
  const lines = [
    `Serverless Playground: ${where} stopped working`,
    `When: ${now.toISOString()}`,
    `Browser: ${userAgent}`,
    '',
    errorSummary(error),
  ];
  const stack = error instanceof Error ? error.stack : undefined;
  // V8 starts a stack with the summary line; it is already there.
  if (stack) lines.push(...stack.split('\n').filter((line) => line.trim().startsWith('at ')));
  const components = (componentStack ?? '').split('\n').map((line) => line.trim());
  if (components.some(Boolean)) {
    lines.push('', 'Components:', ...components.filter(Boolean).map((line) => `    ${line}`));
  }
  return lines.join('\n');
}
