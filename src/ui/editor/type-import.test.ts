import { describe, expect, it } from 'vitest';
import type { TextEdit } from './minimal-edit';
import { typeImportEdit } from './type-import';

function apply(text: string, edit: TextEdit | null): string {
  return edit ? text.slice(0, edit.start) + edit.text + text.slice(edit.end) : text;
}

const code = 'export const handler = async () => {};\n';

describe(typeImportEdit, () => {
  it('adds an import type line at the start of a file without imports', () => {
    const edit = typeImportEdit(code, ['S3Handler'], 'aws-lambda');
    expect(edit).toEqual({
      start: 0,
      end: 0,
      text: "import type { S3Handler } from 'aws-lambda';\n",
    });
  });

  it('adds the line after the last import, multi-line ones included', () => {
    const text = `import { a } from './a';\nimport {\n  b,\n} from "./b";\n${code}`;
    expect(
      apply(text, typeImportEdit(text, ['SQSHandler', 'SQSBatchResponse'], 'aws-lambda')),
    ).toBe(
      `import { a } from './a';\nimport {\n  b,\n} from "./b";\nimport type { SQSHandler, SQSBatchResponse } from 'aws-lambda';\n${code}`,
    );
  });

  it('does not take a dynamic import or import.meta for an import statement', () => {
    const text = "import('./x');\nimport.meta.url;\n";
    expect(typeImportEdit(text, ['Handler'], 'aws-lambda')?.start).toBe(0);
  });

  it('gives a last line without a newline one of its own', () => {
    const text = "import { a } from './a';";
    expect(apply(text, typeImportEdit(text, ['Context'], 'aws-lambda'))).toBe(
      "import { a } from './a';\nimport type { Context } from 'aws-lambda';\n",
    );
  });

  it("adds to the module's existing type import, keeping its trailing comma out", () => {
    const text = `import type { Context, } from 'aws-lambda';\n${code}`;
    expect(apply(text, typeImportEdit(text, ['S3Handler'], 'aws-lambda'))).toBe(
      `import type { Context, S3Handler } from 'aws-lambda';\n${code}`,
    );
  });

  it('marks the names it adds to a value import as types', () => {
    const text = "import { Context } from 'aws-lambda';\n";
    expect(apply(text, typeImportEdit(text, ['S3Handler'], 'aws-lambda'))).toBe(
      "import { Context, type S3Handler } from 'aws-lambda';\n",
    );
  });

  it('fills empty braces', () => {
    const text = "import type {} from 'aws-lambda';\n";
    expect(apply(text, typeImportEdit(text, ['S3Handler'], 'aws-lambda'))).toBe(
      "import type { S3Handler } from 'aws-lambda';\n",
    );
  });

  it('answers null when every name is already bound by an import from the module', () => {
    const text = "import { type S3Handler, Handler as H } from 'aws-lambda';\n";
    expect(typeImportEdit(text, ['S3Handler', 'H'], 'aws-lambda')).toBeNull();
    expect(
      apply(text, typeImportEdit(text, ['S3Handler', 'S3Handler', 'Handler'], 'aws-lambda')),
    ).toBe("import { type S3Handler, Handler as H, type Handler } from 'aws-lambda';\n");
  });

  it('ignores imports of the same names from other modules', () => {
    const text = "import type { S3Handler } from './types';\n";
    expect(typeImportEdit(text, ['S3Handler'], 'aws-lambda')).toEqual({
      start: 42,
      end: 42,
      text: "import type { S3Handler } from 'aws-lambda';\n",
    });
  });
});
