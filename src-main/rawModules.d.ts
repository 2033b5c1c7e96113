/** Vite's `?raw` imports: the file's text, bundled at build time (used for the welcome document). */
declare module '*?raw' {
  const content: string
  export default content
}

/** pdfjs-dist's worker module ships without types; we only hand it to pdfjs through `globalThis.pdfjsWorker`. */
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown
}
