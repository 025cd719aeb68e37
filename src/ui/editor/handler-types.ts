// The handler types @types/aws-lambda exports (`S3Handler`, `SQSHandler`, …), read from its
// declarations, so that a newer version's triggers are offered without a change here.

/** A top-level `export type …Handler…` alias, e.g. `APIGatewayProxyHandlerV2`. */
const HANDLER_TYPE = /^export type (\w*Handler\w*)\b/gm;

/** The handler type names declared in the given .d.ts texts, sorted, each once. */
export function handlerTypeNames(declarations: Iterable<string>): string[] {
  const names = new Set<string>();
  for (const text of declarations) {
    for (const [, name] of text.matchAll(HANDLER_TYPE)) if (name) names.add(name);
  }
  return [...names].sort();
}
