// Lint rule: no lookup by a runtime string into a plain object used as a dictionary. Such an
// object inherits `constructor`, `toString`, `__proto__`…, so a learner's function or bucket of
// that name reads the inherited member (and assigning to `__proto__` swaps the prototype). User
// data is keyed with `Map`; a saved JSON record is read through `ownValue` (src/common/own.ts).
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

export const noDictionaryLookup = ESLintUtils.RuleCreator.withoutDocs({
  meta: {
    type: 'problem',
    messages: {
      lookup:
        'A plain object keyed by a runtime string inherits `constructor`, `__proto__`…: key this data with a Map, or read a saved record with ownValue().',
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
    return {
      MemberExpression(node) {
        if (!node.computed || node.property.type === 'Literal') return;
        if (!isStringKeyedDictionary(checker, typeOf(node.object))) return;
        if (isSafeKey(checker, services.getTypeAtLocation(node.property))) return;
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
