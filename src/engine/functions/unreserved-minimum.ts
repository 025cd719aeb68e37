// PutFunctionConcurrency refuses a reservation that would leave the account fewer unreserved
// executions than its minimum: 100, or the whole limit of an account allowed fewer than 100
// (docs/aws-lambda.md#the-unreserved-minimum).
import type { FunctionConfig } from '../types';

export const MIN_UNRESERVED_CONCURRENCY = 100;

type Reservation = Pick<FunctionConfig, 'name' | 'reservedConcurrency'>;

/** The unreserved executions an account must keep: 100, or all of a smaller limit. */
export function unreservedMinimum(accountConcurrency: number): number {
  return Math.min(MIN_UNRESERVED_CONCURRENCY, accountConcurrency);
}

/** Lambda's message, word for word (InvalidParameterValueException, HTTP 400). */
export function unreservedMinimumMessage(accountConcurrency: number): string {
  return (
    "Specified ReservedConcurrentExecutions for function decreases account's " +
    `UnreservedConcurrentExecution below its minimum value of [${unreservedMinimum(accountConcurrency)}].`
  );
}

/**
 * Why `config`'s reservation would be refused, given every other function's in the account
 * (entries named as `config` is are skipped: they are its own earlier settings); null when it fits.
 */
export function reservationProblem(
  config: Reservation,
  others: Iterable<Reservation>,
  accountConcurrency: number,
): string | null {
  const own = config.reservedConcurrency;
  if (own === null) return null;
  let reserved = own;
  for (const other of others) {
    if (other.name !== config.name) reserved += other.reservedConcurrency ?? 0;
  }
  return accountConcurrency - reserved < unreservedMinimum(accountConcurrency)
    ? unreservedMinimumMessage(accountConcurrency)
    : null;
}
