/**
 * Saves a text as a file the browser downloads, from a `blob:` URL of this page (nothing leaves
 * the device). The URL is revoked once the download has started.
 */

/** Starts the download of `text` as `fileName` with MIME type `type`. */
export function downloadText(fileName: string, text: string, type = 'application/jsonl'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // NOTE: revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
