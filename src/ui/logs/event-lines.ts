// One log event's text as the lines it is drawn on. A message may hold line breaks and still be
// one event: Node.js's runtime turns a message's newlines into `\r`, Python's writes an unhandled
// error as one event joined with `\n`, and CloudWatch shows such an event as one entry of several
// lines (docs/aws-lambda.md#multi-line-log-events). A browser draws `\r` as a space, so the view
// breaks the lines itself.

const LINE = /[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g;

/**
 * The event's lines, each ending with the break that ended it (none on the last), so that joined
 * they are exactly the text again: what is copied or searched is what the runtime wrote.
 */
export function eventLines(text: string): string[] {
  return text.match(LINE) ?? [text];
}
