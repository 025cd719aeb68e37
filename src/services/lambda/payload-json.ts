// Invoke's payload must be JSON: anything else is refused with InvalidRequestContentException
// (HTTP 400) before the function runs. Lambda's parser is Jackson, so its message names the bad
// token as Jackson does (docs/aws-services.md#lambda-invoke-api).

const PREFIX = 'Could not parse request body into json: Could not parse payload into json: ';
const EXPECTING = "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')";

/** Where Jackson ends an unquoted token: whitespace or JSON punctuation. */
const TOKEN = /^[^\s{}[\]:,"]+/;

/** Null when the text is JSON; else the message Lambda answers with. */
export function payloadJsonProblem(text: string): string | null {
  try {
    JSON.parse(text);
    return null;
  } catch (error) {
    const trimmed = text.trimStart();
    const token = TOKEN.exec(trimmed)?.[0];
    // A bare word (the commonest slip: a string sent without JSON.stringify).
    if (token !== undefined && /^[A-Za-z]/.test(token)) {
      return `${PREFIX}Unrecognized token '${token}': was expecting ${EXPECTING}`;
    }
    return `${PREFIX}${(error as Error).message}`;
  }
}
