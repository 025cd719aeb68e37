// Saves bytes or text as a file the browser downloads, through a short-lived blob URL.

export function saveFile(fileName: string, content: Uint8Array | string, type: string): void {
  // Bytes are copied into a fresh ArrayBuffer: a Blob part cannot be a view on a SharedArrayBuffer.
  const part = typeof content === 'string' ? content : content.slice();
  const url = URL.createObjectURL(new Blob([part], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has its own copy once it starts; the URL only has to outlive the click.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
