// The parts of Monaco a learner writing a handler uses, instead of `features/register.all`'s
// seventy: fewer modules to download and evaluate, and fewer contributions to build per editor.
// Each import registers its contribution (commands, keybindings, widgets) as a side effect.

// Cursor movement and typing (arrows, Home/End, Enter, Tab): only editor.main imports it.
import 'monaco-editor/editor/browser/coreCommands';
import 'monaco-editor/features/codicon/register';
// Completion with TypeScript's suggestions and snippets; signature help while typing arguments.
import 'monaco-editor/features/suggest/register';
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import 'monaco-editor/features/snippet/register';
import 'monaco-editor/features/parameterHints/register';
// Types on hover, quick fixes, go to definition (F12, Ctrl+click), references, rename (F2).
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/codeAction/register';
import 'monaco-editor/features/gotoSymbol/register';
import 'monaco-editor/editor/contrib/gotoSymbol/browser/goToCommands';
import 'monaco-editor/features/referenceSearch/register';
import 'monaco-editor/features/rename/register';
import 'monaco-editor/features/wordHighlighter/register';
// Problems: F8 walks through the markers (esbuild's and TypeScript's).
import 'monaco-editor/features/gotoError/register';
// Editing: find/replace, folding, brackets, Ctrl+/ comments, Shift+Alt+F format, multiple
// cursors, word-wise moves and deletes, line moves and copies, cursor undo, the context menu.
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/format/register';
import 'monaco-editor/features/multicursor/register';
import 'monaco-editor/features/wordOperations/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/contextmenu/register';
