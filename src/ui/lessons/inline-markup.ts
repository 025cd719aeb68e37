// Lesson text's only markup, `code` and **bold**, split into parts rendered as elements: lesson
// files never reach the page as HTML.
export interface InlinePart {
  kind: 'text' | 'code' | 'bold';
  text: string;
}

const MARKUP = /`([^`]+)`|\*\*([^*]+)\*\*/g;

export function inlineParts(text: string): InlinePart[] {
  const parts: InlinePart[] = [];
  let from = 0;
  for (const match of text.matchAll(MARKUP)) {
    if (match.index > from) parts.push({ kind: 'text', text: text.slice(from, match.index) });
    parts.push(
      match[1] !== undefined ? { kind: 'code', text: match[1] } : { kind: 'bold', text: match[2]! },
    );
    from = match.index + match[0].length;
  }
  if (from < text.length) parts.push({ kind: 'text', text: text.slice(from) });
  return parts;
}
