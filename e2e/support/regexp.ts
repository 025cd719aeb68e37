// Literal text inside a RegExp, for patterns built around labels and log messages.

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
