/** Vite's `?raw` imports: the file's text, bundled at build time (used for the welcome document). */
declare module '*?raw' {
  const content: string
  export default content
}
