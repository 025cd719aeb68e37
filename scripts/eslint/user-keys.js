// Lint rule: no lookup by a runtime string into a plain object used as a dictionary. Such an
// object inherits `constructor`, `toString`, `__proto__`…, so a learner's function or bucket of
// that name reads the inherited member (and assigning to `__proto__` swaps the prototype). User
// data is keyed with `Map`; a saved JSON record is read by own key only: behind an
// `Object.hasOwn` guard, or through `ownValue` (src/workspace/own-key.ts).
import { ESLintUtils } from '@typescript-eslint/utils';
import ts from 'typescript';

/** Whether the type (or every member of a union) is a string-keyed dictionary, not an array. */
function isStringKeyedDictionary(checker, type) {
  if (type.isUnion()) return type.types.some((member) => isStringKeyedDictionary(checker, member));
  if (checker.isArrayType(type) || checker.isTupleType(type)) return false;
  return checker.getIndexInfoOfType(type, ts.IndexKind.String) !== undefined;
}

/**
 * Keys that cannot name an inherited member by chance: literals fixed in the code (or a union of
 * them), and numbers (no member of Object.prototype is named by digits).
 */
function isSafeKey(checker, type) {
  if (type.isUnion()) return type.types.every((member) => isSafeKey(checker, member));
  const safe = ts.TypeFlags.StringLiteral | ts.TypeFlags.NumberLike | ts.TypeFlags.Never;
  return (type.flags & safe) !== 0;
}

const EXITS = new Set(['ReturnStatement', 'ContinueStatement', 'BreakStatement', 'ThrowStatement']);

/** Whether a statement always leaves its block: an exit, or a block that ends with one. */
function exits(statement) {
  if (statement.type === 'BlockStatement') {
    const last = statement.body.at(-1);
    return last !== undefined && exits(last);
  }
  return EXITS.has(statement.type);
}

/**
 * Reads guarded by `Object.hasOwn(object, key)` are own reads: the guard is found in the test of an
 * enclosing `?:`, `&&` or `if`, or in an earlier `if (!Object.hasOwn(…)) return;` of the block.
 */
function createGuardCheck(sourceCode) {
  const same = (a, b) => sourceCode.getText(a) === sourceCode.getText(b);
  const isHasOwn = (test, object, key) =>
    test.type === 'CallExpression' &&
    test.callee.type === 'MemberExpression' &&
    sourceCode.getText(test.callee) === 'Object.hasOwn' &&
    test.arguments.length === 2 &&
    same(test.arguments[0], object) &&
    same(test.arguments[1], key);
  /** Whether `test` being `when` (true or false) proves the key is the object's own. */
  const proves = (test, when, object, key) => {
    if (test.type === 'UnaryExpression' && test.operator === '!') {
      return proves(test.argument, !when, object, key);
    }
    if (test.type === 'LogicalExpression' && test.operator === (when ? '&&' : '||')) {
      return proves(test.left, when, object, key) || proves(test.right, when, object, key);
    }
    return when && isHasOwn(test, object, key);
  };
  const inside = (node, part) =>
    part !== null &&
    part !== undefined &&
    node.range[0] >= part.range[0] &&
    node.range[1] <= part.range[1];

  return function guarded(node, object, key) {
    for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
      if (parent.type.includes('Function')) return false;
      if (parent.type === 'ConditionalExpression' || parent.type === 'IfStatement') {
        if (inside(node, parent.consequent) && proves(parent.test, true, object, key)) return true;
        if (inside(node, parent.alternate) && proves(parent.test, false, object, key)) return true;
      }
      if (
        parent.type === 'LogicalExpression' &&
        parent.operator === '&&' &&
        child === parent.right
      ) {
        if (proves(parent.left, true, object, key)) return true;
      }
      if (parent.type === 'BlockStatement') {
        const before = parent.body.slice(0, parent.body.indexOf(child));
        const earlyExit = (s) => s.type === 'IfStatement' && !s.alternate && exits(s.consequent);
        if (before.some((s) => earlyExit(s) && proves(s.test, false, object, key))) return true;
      }
    }
    return false;
  };
}

export const noDictionaryLookup = ESLintUtils.RuleCreator.withoutDocs({
  meta: {
    type: 'problem',
    messages: {
      lookup:
        'A plain object keyed by a runtime string inherits `constructor`, `__proto__`…: key this data with a Map, or read own keys only (Object.hasOwn, ownValue()).',
      membership:
        '`in` finds inherited members such as `constructor`: use a Map, or Object.hasOwn().',
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    const services = ESLintUtils.getParserServices(context);
    const checker = services.program.getTypeChecker();
    const typeOf = (node) => checker.getApparentType(services.getTypeAtLocation(node));
    const guarded = createGuardCheck(context.sourceCode);
    return {
      MemberExpression(node) {
        if (!node.computed || node.property.type === 'Literal') return;
        if (!isStringKeyedDictionary(checker, typeOf(node.object))) return;
        if (isSafeKey(checker, services.getTypeAtLocation(node.property))) return;
        if (guarded(node, node.object, node.property)) return;
        context.report({ node, messageId: 'lookup' });
      },
      BinaryExpression(node) {
        if (node.operator !== 'in' || node.left.type === 'PrivateIdentifier') return;
        if (!isStringKeyedDictionary(checker, typeOf(node.right))) return;
        if (isSafeKey(checker, services.getTypeAtLocation(node.left))) return;
        context.report({ node, messageId: 'membership' });
      },
    };
  },
});

export default { rules: { 'no-dictionary-lookup': noDictionaryLookup } };
