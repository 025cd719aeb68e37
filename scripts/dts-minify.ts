// Declaration files made smaller without changing what TypeScript reads in them: comments dropped
// (JSDoc kept whole or in summary if asked, as it is what the editor shows on hover), each run of
// spaces and line breaks shortened to one, `/// <reference …/>` directives kept on their own lines.
import ts from 'typescript';

/**
 * What becomes of `/** … *\/` comments, the documentation Monaco shows on hover and in completions:
 * kept whole, cut to a summary (see summarizeJsDoc), or dropped.
 */
export type JsDocKept = 'full' | 'summary' | 'none';

const TRIPLE_SLASH_DIRECTIVE = /^\/\/\/\s*<reference\s/;

/** Tags that say where an API is published, not what it does. */
const RELEASE_TAG = /^@(public|internal|alpha|beta)\b/;

/** Notices the AWS API reference puts before an operation's description. */
const LEADING_NOTICES = /^(?:\s*<(important|note)>[\s\S]*?<\/\1>)+\s*/;

/**
 * A JSDoc comment cut to its first paragraph, and its `@deprecated` tag (TypeScript strikes
 * deprecated names through). The SDK's comments are the AWS API reference: a paragraph that says
 * what a command or field is, then the details, then an `@example` of every call's whole input and
 * output; the first paragraph is what a hover needs, at a third of the size. Null if nothing is left.
 */
export function summarizeJsDoc(comment: string): string | null {
  const lines = comment
    .slice(3, -2)
    .split('\n')
    .map((line) => line.replace(/^\s*\*?\s?/, '').trim())
    .filter((line) => !RELEASE_TAG.test(line));
  const firstTag = lines.findIndex((line) => line.startsWith('@'));
  const prose = lines
    .slice(0, firstTag < 0 ? undefined : firstTag)
    .join('\n')
    .replace(LEADING_NOTICES, '')
    .trim();
  const paragraph = prose.startsWith('<p>')
    ? (/^<p>([\s\S]*?)(?:<\/p>|$)/.exec(prose)?.[1] ?? '')
    : (prose.split(/\n\s*\n/)[0] ?? '');
  const summary = paragraph.replace(/\s+/g, ' ').trim();
  const deprecated = lines.filter((line) => line.startsWith('@deprecated'));
  const kept = [summary, ...deprecated].filter((line) => line !== '');
  return kept.length === 0 ? null : `/** ${kept.join('\n * ')} */`;
}

export function minifyDeclarations(text: string, jsDoc: JsDocKept): string {
  const scanner = ts.createScanner(
    ts.ScriptTarget.Latest,
    false,
    ts.LanguageVariant.Standard,
    text,
  );
  let out = '';
  // The whitespace owed before the next token: none, a space, or a line break (kept, as a line
  // break can end a statement).
  let gap: '' | ' ' | '\n' = '';
  // Brace depth, and the depths at which a template literal type's `${` is open: its `}` resumes
  // the template, which only the scanner's rescan knows.
  let depth = 0;
  const templateDepths: number[] = [];
  const emit = (piece: string) => {
    if (out !== '') out += gap;
    out += piece;
    gap = '';
  };
  for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
    switch (token) {
      case ts.SyntaxKind.NewLineTrivia:
        gap = '\n';
        continue;
      case ts.SyntaxKind.WhitespaceTrivia:
        if (gap === '') gap = ' ';
        continue;
      case ts.SyntaxKind.SingleLineCommentTrivia:
        if (TRIPLE_SLASH_DIRECTIVE.test(scanner.getTokenText())) {
          if (out !== '') gap = '\n';
          emit(scanner.getTokenText());
          gap = '\n';
        }
        continue;
      case ts.SyntaxKind.MultiLineCommentTrivia: {
        const comment = scanner.getTokenText();
        if (jsDoc === 'none' || !comment.startsWith('/**')) continue;
        // Its lines without their indentation, which TypeScript's JSDoc reader does not need.
        const kept =
          jsDoc === 'full' ? comment.replace(/\n[ \t]+\*/g, '\n *') : summarizeJsDoc(comment);
        if (kept === null) continue;
        emit(kept);
        gap = '\n';
        continue;
      }
      case ts.SyntaxKind.OpenBraceToken:
        depth += 1;
        break;
      case ts.SyntaxKind.TemplateHead:
        templateDepths.push(depth);
        break;
      case ts.SyntaxKind.CloseBraceToken:
        if (templateDepths.at(-1) === depth) {
          token = scanner.reScanTemplateToken(false);
          if (token === ts.SyntaxKind.TemplateTail) templateDepths.pop();
        } else {
          depth -= 1;
        }
        break;
    }
    emit(scanner.getTokenText());
  }
  return out + '\n';
}
