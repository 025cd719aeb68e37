// Saves an object's bytes as a file through a short-lived blob URL.

export function downloadObject(object: { key: string; bytes: Uint8Array; contentType: string }) {
  // Copied into a fresh ArrayBuffer: a Blob part cannot be a view on a SharedArrayBuffer.
  const blob = new Blob([object.bytes.slice()], { type: object.contentType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  // A key's folders are not the file's: keep the last part.
  link.download = object.key.split('/').pop() || 'object';
  link.click();
  // The click has started the download by the time the next task runs.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
