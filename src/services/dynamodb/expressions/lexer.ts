// Splits a DynamoDB expression into tokens. Keywords (AND, SET, BETWEEN...) are names here: the
// parser decides by position, as DynamoDB's grammar does, whether a name is a keyword, a function
// or an attribute.

export type TokenKind =
  | 'name' // status, a_b, begins_with
  | 'alias' // #status
  | 'value' // :v
  | 'number' // 0, as in a[0]
  | 'punct' // ( ) [ ] , . = <> < <= > >= + -
  | 'invalid' // a character DynamoDB's grammar has no place for
  | 'eof';

export interface Token {
  kind: TokenKind;
  text: string;
  /** Where it starts and ends in the source, for the `near:` of a syntax error. */
  start: number;
  end: number;
}

const PUNCTUATION = ['<>', '<=', '>=', '(', ')', '[', ']', ',', '.', '=', '<', '>', '+', '-'];
const WORD = /[A-Za-z0-9_]/;

export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  const push = (kind: TokenKind, end: number) => {
    tokens.push({ kind, text: source.slice(at, end), start: at, end });
    at = end;
  };
  const wordEnd = (from: number) => {
    let end = from;
    while (end < source.length && WORD.test(source[end]!)) end += 1;
    return end;
  };
  while (at < source.length) {
    const char = source[at]!;
    if (/\s/.test(char)) {
      at += 1;
      continue;
    }
    if (char === '#' || char === ':') {
      const end = wordEnd(at + 1);
      push(end === at + 1 ? 'invalid' : char === '#' ? 'alias' : 'value', end);
      continue;
    }
    if (/[0-9]/.test(char)) {
      let end = at;
      while (end < source.length && /[0-9]/.test(source[end]!)) end += 1;
      // A digit starting a name (`1abc`) is not a name: the digits alone are the token.
      push('number', end);
      continue;
    }
    if (/[A-Za-z_]/.test(char)) {
      push('name', wordEnd(at));
      continue;
    }
    const punct = PUNCTUATION.find((p) => source.startsWith(p, at));
    if (punct !== undefined) {
      push('punct', at + punct.length);
      continue;
    }
    push('invalid', at + 1);
  }
  tokens.push({ kind: 'eof', text: '<EOF>', start: source.length, end: source.length });
  return tokens;
}
