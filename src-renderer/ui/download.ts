/**
 * Offer bytes as a file download (the browser host's way to deliver an export): a blob URL on a temporary link.
 * Downloads are not navigations, so the strict CSP does not block them.
 */
export function offerDownload(bytes: Uint8Array, fileName: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([bytes.slice()], { type: mimeType }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  // Let the download start before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
