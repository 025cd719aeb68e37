// Names for saved test events. AWS documents no rule for them; the playground keeps names short
// and plain (1–25 letters, digits, dots, hyphens, underscores) so they read well in a list.
const NAME = /^[A-Za-z0-9._-]{1,25}$/;

/** What is wrong with a saved event's name, or null. */
export function savedEventNameProblem(name: string): string | null {
  if (name.trim() === '') return 'Give the event a name.';
  return NAME.test(name) ? null : 'Use at most 25 letters, digits, dots, hyphens or underscores.';
}
