// Reserved concurrency across the workspace's functions: Lambda refuses a reservation that leaves
// the account under its unreserved minimum (docs/aws-lambda.md#the-unreserved-minimum). Checked
// here before a deploy, so the settings form can show Lambda's message and the engine never has
// to refuse one.
import { DEFAULT_SETTINGS, reservationProblem } from '../../engine';
import type { FunctionDraft } from '../../workspace/model';

/** Lambda's message when `functionId`'s reservation does not fit beside the others; else null. */
export function reservationProblemOf(
  functions: readonly FunctionDraft[],
  functionId: string,
): string | null {
  const draft = functions.find((fn) => fn.id === functionId);
  if (draft === undefined) return null;
  const others = functions.filter((fn) => fn.id !== functionId).map((fn) => fn.config);
  // The app's platform runs with the engine's default account limit.
  return reservationProblem(draft.config, others, DEFAULT_SETTINGS.accountConcurrency);
}
