// How Lambda's API names a function: a name, a partial ARN (`123456789012:function:name`) or a full
// ARN, each optionally qualified (`:$LATEST`, a version number or an alias), as API_Invoke's
// FunctionName describes it (docs/aws-services.md#lambda-invoke-api).

/** The account the playground's ARNs use (the runtime's context ARNs use the same). */
export const ACCOUNT_ID = '123456789012';

// API_Invoke's FunctionName pattern (NamespacedFunctionName, 1–170 characters): an optional
// `arn:aws:lambda:` prefix, region, account and `function:`, then the name and an optional
// qualifier. Named groups instead of AWS's numbered ones.
const FUNCTION_NAME_PATTERN =
  /^(arn:(aws[a-zA-Z-]*)?:lambda:)?(?:(?<region>[a-z]{2}(-gov)?-[a-z]+-\d{1}):)?(?:(?<account>\d{12}):)?(function:)?(?<name>[a-zA-Z0-9_.-]+)(:(?<qualifier>\$LATEST|[a-zA-Z0-9_-]+))?$/;
const MAX_LENGTH = 170;

/** The pattern as AWS prints it in the validation error. */
const PATTERN_TEXT =
  '(arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}(-gov)?-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_\\.]+)(:(\\$LATEST|[a-zA-Z0-9-_]+))?';

export interface FunctionRef {
  name: string;
  /** `$LATEST`, a version or an alias; null when unqualified. */
  qualifier: string | null;
  /** From an ARN; null when the caller's own region and account apply. */
  region: string | null;
  account: string | null;
}

export type ParsedName =
  | { ok: true; ref: FunctionRef }
  | { ok: false; code: 'ValidationException' | 'InvalidParameterValueException'; message: string };

/**
 * Reads FunctionName and the `Qualifier` query parameter. A qualifier in both must agree (AWS:
 * "The derived qualifier from the function name does not match the specified qualifier.").
 */
export function parseFunctionName(raw: string, queryQualifier: string | null): ParsedName {
  const match = FUNCTION_NAME_PATTERN.exec(raw);
  const groups = match?.groups;
  if (groups === undefined || raw.length > MAX_LENGTH) {
    return {
      ok: false,
      code: 'ValidationException',
      message:
        `1 validation error detected: Value '${raw}' at 'functionName' failed to satisfy ` +
        `constraint: Member must satisfy regular expression pattern: ${PATTERN_TEXT}`,
    };
  }
  const region = groups.region ?? null;
  const account = groups.account ?? null;
  const name = groups.name!;
  const derived = groups.qualifier ?? null;
  if (derived !== null && queryQualifier !== null && derived !== queryQualifier) {
    return {
      ok: false,
      code: 'InvalidParameterValueException',
      message:
        'The derived qualifier from the function name does not match the specified qualifier.',
    };
  }
  return { ok: true, ref: { name, qualifier: derived ?? queryQualifier, region, account } };
}

/** `arn:aws:lambda:<region>:<account>:function:<name>[:<qualifier>]`. */
export function functionArnOf(ref: FunctionRef, callerRegion: string): string {
  const base = `arn:aws:lambda:${ref.region ?? callerRegion}:${ref.account ?? ACCOUNT_ID}:function:${ref.name}`;
  return ref.qualifier === null ? base : `${base}:${ref.qualifier}`;
}

/**
 * Whether the reference can name one of the playground's functions: its account, and a qualifier
 * that exists. The playground publishes no versions and has no aliases, so `$LATEST` is the only
 * qualifier there is; it has one account, so another account's function is not found either.
 */
export function isPlaygroundFunction(ref: FunctionRef): boolean {
  if (ref.account !== null && ref.account !== ACCOUNT_ID) return false;
  return ref.qualifier === null || ref.qualifier === '$LATEST';
}

/** An ARN of another region than the endpoint's: Lambda answers 404 with this message. */
export function otherRegionMessage(ref: FunctionRef, endpointRegion: string): string | null {
  if (ref.region === null || ref.region === endpointRegion) return null;
  return `Functions from '${ref.region}' are not reachable in this region ('${endpointRegion}')`;
}
