// DynamoDB's expression grammar, parsed to the AST of ./ast.ts with DynamoDB's validation errors:
// syntax errors name the offending token and the text near it, functions check their operands,
// unaliased reserved words are refused. Precedence, loosest first: OR, AND, NOT, then comparisons,
// BETWEEN, IN and functions; parentheses group.
// https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Expressions.OperatorsAndFunctions.html
import { compareScalars, describeValue, isValueType, typeOf, type ValueType } from '../values';
import {
  describePath,
  pathsOverlap,
  type Comparator,
  type Condition,
  type DocumentPath,
  type Operand,
  type PathElement,
  type UpdateAction,
} from './ast';
import { expressionError, type ExpressionContext, type ExpressionKind } from './context';
import { tokenize, type Token } from './lexer';
import { isReservedWord } from './reserved-words';

const COMPARATORS: readonly string[] = ['=', '<>', '<', '<=', '>', '>='];
const CONDITION_FUNCTIONS = [
  'attribute_exists',
  'attribute_not_exists',
  'attribute_type',
  'begins_with',
  'contains',
] as const;
const UPDATE_FUNCTIONS = ['if_not_exists', 'list_append'] as const;
const SECTIONS = ['SET', 'REMOVE', 'ADD', 'DELETE'] as const;
type Section = (typeof SECTIONS)[number];

/** The long type names DynamoDB prints for ADD and DELETE operands. */
const LONG_TYPE_NAMES: Readonly<Record<ValueType, string>> = {
  S: 'STRING',
  N: 'NUMBER',
  B: 'BINARY',
  BOOL: 'BOOLEAN',
  NULL: 'NULL',
  SS: 'STRING_SET',
  NS: 'NUMBER_SET',
  BS: 'BINARY_SET',
  L: 'LIST',
  M: 'MAP',
};

class Parser {
  private readonly tokens: Token[];
  private position = 0;
  /** Conditions that were written in parentheses, to find redundant ones: `((a = :v))`. */
  private readonly parenthesized = new WeakSet<Condition>();

  constructor(
    private readonly source: string,
    private readonly kind: ExpressionKind,
    private readonly context: ExpressionContext,
  ) {
    if (source.trim() === '') throw this.error('The expression can not be empty;');
    this.tokens = tokenize(source);
  }

  error(detail: string): Error {
    return expressionError(this.kind, detail);
  }

  private peek(offset = 0): Token {
    return this.tokens[Math.min(this.position + offset, this.tokens.length - 1)]!;
  }

  private next(): Token {
    const token = this.peek();
    if (token.kind !== 'eof') this.position += 1;
    return token;
  }

  /** DynamoDB's syntax error: the token, and the source from the token before it to the one after. */
  syntaxError(token: Token = this.peek()): Error {
    const index = this.tokens.indexOf(token);
    const before = this.tokens[index - 1];
    const after = this.tokens[index + 1];
    const near = this.source.slice(before?.start ?? token.start, after?.end ?? token.end);
    return this.error(`Syntax error; token: "${token.text}", near: "${near}"`);
  }

  private isPunct(text: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token.kind === 'punct' && token.text === text;
  }

  private isKeyword(word: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token.kind === 'name' && token.text.toUpperCase() === word;
  }

  private expectPunct(text: string): void {
    if (!this.isPunct(text)) throw this.syntaxError();
    this.next();
  }

  expectEnd(): void {
    if (this.peek().kind !== 'eof') throw this.syntaxError();
  }

  // ---- Paths and operands ----------------------------------------------------------------------

  private attributeName(token: Token): string {
    if (token.kind === 'alias') return this.context.name(token.text, this.kind);
    if (token.kind === 'name') {
      if (isReservedWord(token.text)) {
        throw this.error(`Attribute name is a reserved keyword; reserved keyword: ${token.text}`);
      }
      return token.text;
    }
    throw this.syntaxError(token);
  }

  path(): DocumentPath {
    const elements: PathElement[] = [{ kind: 'name', name: this.attributeName(this.next()) }];
    for (;;) {
      if (this.isPunct('.')) {
        this.next();
        elements.push({ kind: 'name', name: this.attributeName(this.next()) });
      } else if (this.isPunct('[')) {
        this.next();
        const index = this.next();
        if (index.kind !== 'number') throw this.syntaxError(index);
        this.expectPunct(']');
        elements.push({ kind: 'index', index: Number(index.text) });
      } else return { elements };
    }
  }

  private isFunctionCall(): boolean {
    return this.peek().kind === 'name' && this.isPunct('(', 1);
  }

  private argumentsOf(parse: () => Operand): Operand[] {
    this.expectPunct('(');
    const args = [parse()];
    while (this.isPunct(',')) {
      this.next();
      args.push(parse());
    }
    this.expectPunct(')');
    return args;
  }

  private requireCount(name: string, args: Operand[], count: number): void {
    if (args.length !== count) {
      throw this.error(
        `Incorrect number of operands for operator or function; operator or function: ${name}, number of operands: ${args.length}`,
      );
    }
  }

  private requirePath(name: string, operand: Operand): DocumentPath {
    if (operand.kind !== 'path') {
      throw this.error(
        `Operator or function requires a document path; operator or function: ${name}`,
      );
    }
    return operand.path;
  }

  private operandTypeError(name: string, type: string): Error {
    return this.error(
      `Incorrect operand type for operator or function; operator or function: ${name}, operand type: ${type}`,
    );
  }

  /** An operand's type when the expression alone decides it (a placeholder's value). */
  private staticType(operand: Operand): ValueType | null {
    if (operand.kind === 'value') return typeOf(operand.value);
    if (operand.kind === 'size' || operand.kind === 'arithmetic') return 'N';
    if (operand.kind === 'list_append') return 'L';
    return null;
  }

  /** A path, a :value, or a function: size() in conditions, if_not_exists()/list_append() in SET. */
  operand(inUpdate: boolean): Operand {
    const token = this.peek();
    if (token.kind === 'value') {
      this.next();
      return {
        kind: 'value',
        value: this.context.value(token.text, this.kind),
        placeholder: token.text,
      };
    }
    if (this.isFunctionCall()) return this.functionOperand(inUpdate);
    if (token.kind === 'name' || token.kind === 'alias') return { kind: 'path', path: this.path() };
    throw this.syntaxError(token);
  }

  private functionOperand(inUpdate: boolean): Operand {
    const nameToken = this.next();
    const name = nameToken.text;
    const allowed: readonly string[] = inUpdate ? UPDATE_FUNCTIONS : ['size'];
    if (!allowed.includes(name)) {
      const known = [...CONDITION_FUNCTIONS, ...UPDATE_FUNCTIONS, 'size'] as readonly string[];
      if (known.includes(name)) {
        throw this.error(
          `The function is not allowed to be used this way in an expression; function: ${name}`,
        );
      }
      throw this.error(`Invalid function name; function: ${name}`);
    }
    const args = this.argumentsOf(() => this.operand(inUpdate));
    if (name === 'size') {
      this.requireCount(name, args, 1);
      return { kind: 'size', path: this.requirePath(name, args[0]!) };
    }
    this.requireCount(name, args, 2);
    if (name === 'if_not_exists') {
      return { kind: 'if_not_exists', path: this.requirePath(name, args[0]!), fallback: args[1]! };
    }
    for (const arg of args) {
      const type = this.staticType(arg);
      if (type !== null && type !== 'L') throw this.operandTypeError(name, type);
    }
    return { kind: 'list_append', first: args[0]!, second: args[1]! };
  }

  // ---- Conditions ------------------------------------------------------------------------------

  condition(): Condition {
    let left = this.conjunction();
    while (this.isKeyword('OR')) {
      this.next();
      left = { kind: 'or', left, right: this.conjunction() };
    }
    return left;
  }

  private conjunction(): Condition {
    let left = this.negation();
    while (this.isKeyword('AND')) {
      this.next();
      left = { kind: 'and', left, right: this.negation() };
    }
    return left;
  }

  private negation(): Condition {
    if (this.isKeyword('NOT')) {
      this.next();
      return { kind: 'not', condition: this.negation() };
    }
    return this.predicate();
  }

  private predicate(): Condition {
    if (this.isPunct('(')) {
      this.next();
      const inner = this.condition();
      this.expectPunct(')');
      if (this.parenthesized.has(inner))
        throw this.error('The expression has redundant parentheses;');
      this.parenthesized.add(inner);
      return inner;
    }
    if (this.isFunctionCall()) {
      const name = this.peek().text;
      if ((CONDITION_FUNCTIONS as readonly string[]).includes(name))
        return this.conditionFunction();
    }
    const left = this.operand(false);
    const token = this.peek();
    if (token.kind === 'punct' && COMPARATORS.includes(token.text)) {
      this.next();
      const right = this.operand(false);
      return { kind: 'compare', operator: token.text as Comparator, left, right };
    }
    if (this.isKeyword('BETWEEN')) {
      this.next();
      const lower = this.operand(false);
      if (!this.isKeyword('AND')) throw this.syntaxError();
      this.next();
      const upper = this.operand(false);
      this.checkBounds(lower, upper);
      return { kind: 'between', operand: left, lower, upper };
    }
    if (this.isKeyword('IN')) {
      this.next();
      this.expectPunct('(');
      const candidates = [this.operand(false)];
      while (this.isPunct(',')) {
        this.next();
        candidates.push(this.operand(false));
      }
      this.expectPunct(')');
      return { kind: 'in', operand: left, candidates };
    }
    throw this.syntaxError(token);
  }

  private checkBounds(lower: Operand, upper: Operand): void {
    if (lower.kind !== 'value' || upper.kind !== 'value') return;
    const order = compareScalars(lower.value, upper.value);
    if (order !== null && order > 0) {
      throw this.error(
        `The BETWEEN operator requires upper bound to be greater than or equal to lower bound; lower bound operand: AttributeValue: ${describeValue(lower.value)}, upper bound operand: AttributeValue: ${describeValue(upper.value)}`,
      );
    }
  }

  private conditionFunction(): Condition {
    const name = this.next().text as (typeof CONDITION_FUNCTIONS)[number];
    const args = this.argumentsOf(() => this.operand(false));
    switch (name) {
      case 'attribute_exists':
      case 'attribute_not_exists':
        this.requireCount(name, args, 1);
        return { kind: name, path: this.requirePath(name, args[0]!) };
      case 'attribute_type': {
        this.requireCount(name, args, 2);
        const path = this.requirePath(name, args[0]!);
        const type = args[1]!;
        if (type.kind === 'value') {
          if (!('S' in type.value)) throw this.operandTypeError(name, typeOf(type.value));
          if (!isValueType(type.value.S)) {
            throw this.error(
              `Invalid attribute type name found; type: ${type.value.S}, valid types: { B,NULL,SS,BOOL,L,BS,N,NS,S,M }`,
            );
          }
        }
        return { kind: name, path, type };
      }
      case 'begins_with': {
        this.requireCount(name, args, 2);
        for (const arg of args) {
          const type = this.staticType(arg);
          if (type !== null && type !== 'S' && type !== 'B')
            throw this.operandTypeError(name, type);
        }
        return { kind: name, operand: args[0]!, prefix: args[1]! };
      }
      case 'contains': {
        this.requireCount(name, args, 2);
        const [first, second] = [args[0]!, args[1]!];
        if (
          first.kind === 'path' &&
          second.kind === 'path' &&
          describePath(first.path) === describePath(second.path)
        ) {
          throw this.error(
            `The first operand must be distinct from the remaining operands for this operator or function; operator: contains, first operand: ${describePath(first.path)}`,
          );
        }
        return { kind: name, operand: first, member: second };
      }
    }
  }

  // ---- Update expressions ----------------------------------------------------------------------

  update(): UpdateAction[] {
    const actions: UpdateAction[] = [];
    const seen = new Set<Section>();
    while (this.peek().kind !== 'eof') {
      const token = this.next();
      const section = token.text.toUpperCase() as Section;
      if (token.kind !== 'name' || !SECTIONS.includes(section)) throw this.syntaxError(token);
      if (seen.has(section)) {
        throw this.error(`The "${section}" section can only be used once in an update expression;`);
      }
      seen.add(section);
      actions.push(this.updateAction(section));
      while (this.isPunct(',')) {
        this.next();
        actions.push(this.updateAction(section));
      }
    }
    this.checkOverlaps(actions.map((action) => action.path));
    return actions;
  }

  private updateAction(section: Section): UpdateAction {
    const path = this.path();
    switch (section) {
      case 'SET': {
        this.expectPunct('=');
        const left = this.operand(true);
        if (this.isPunct('+') || this.isPunct('-')) {
          const operator = this.next().text as '+' | '-';
          const right = this.operand(true);
          for (const side of [left, right]) {
            const type = this.staticType(side);
            if (type !== null && type !== 'N') throw this.operandTypeError(operator, type);
          }
          return { kind: 'SET', path, value: { kind: 'arithmetic', operator, left, right } };
        }
        return { kind: 'SET', path, value: left };
      }
      case 'REMOVE':
        return { kind: 'REMOVE', path };
      case 'ADD':
      case 'DELETE': {
        const token = this.peek();
        if (token.kind !== 'value') throw this.syntaxError(token);
        const value = this.operand(true);
        const type = this.staticType(value)!;
        const allowed = section === 'ADD' ? ['N', 'SS', 'NS', 'BS'] : ['SS', 'NS', 'BS'];
        if (!allowed.includes(type)) {
          throw this.error(
            `Incorrect operand type for operator or function; operator: ${section}, operand type: ${LONG_TYPE_NAMES[type]}`,
          );
        }
        return { kind: section, path, value };
      }
    }
  }

  checkOverlaps(paths: DocumentPath[]): void {
    for (let i = 0; i < paths.length; i += 1) {
      for (let j = i + 1; j < paths.length; j += 1) {
        if (pathsOverlap(paths[i]!, paths[j]!)) {
          throw this.error(
            `Two document paths overlap with each other; must remove or rewrite one of these paths; path one: ${describePath(paths[i]!)}, path two: ${describePath(paths[j]!)}`,
          );
        }
      }
    }
  }

  // ---- Projections -----------------------------------------------------------------------------

  projection(): DocumentPath[] {
    const paths = [this.path()];
    while (this.isPunct(',')) {
      this.next();
      paths.push(this.path());
    }
    this.expectEnd();
    this.checkOverlaps(paths);
    return paths;
  }
}

export function parseCondition(
  source: string,
  kind: ExpressionKind,
  context: ExpressionContext,
): Condition {
  const parser = new Parser(source, kind, context);
  const condition = parser.condition();
  parser.expectEnd();
  return condition;
}

export function parseUpdate(source: string, context: ExpressionContext): UpdateAction[] {
  return new Parser(source, 'UpdateExpression', context).update();
}

export function parseProjection(source: string, context: ExpressionContext): DocumentPath[] {
  return new Parser(source, 'ProjectionExpression', context).projection();
}
