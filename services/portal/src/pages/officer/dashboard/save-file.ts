/**
 * Saves what the API answered as a file named by the page: the export needs the officer's token, so
 * it is fetched by the client and handed to the browser, not opened as a plain link.
 */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // the browser reads the blob after this task; revoking at once may cancel the download
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
