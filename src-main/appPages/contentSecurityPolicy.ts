/**
 * The one Content-Security-Policy for every page of the app, served as a header by the Electron `app://` protocol
 * and by the browser host, and written into the built index.html. No remote origin, no inline script, no eval:
 * an imported document can never run code or reach the network. Inline style attributes stay blocked too; React
 * sets styles through the CSSOM, which CSP allows.
 */
const directives = [
  `default-src 'none'`,
  `script-src 'self'`,
  `style-src 'self'`,
  `img-src 'self' data: blob:`,
  `font-src 'self'`,
  `connect-src 'self'`,
  `worker-src 'self' blob:`,
  `manifest-src 'self'`,
  `base-uri 'none'`,
  `form-action 'none'`,
  `frame-src 'none'`,
  `frame-ancestors 'none'`,
  `object-src 'none'`,
]

export const contentSecurityPolicy = directives.join('; ')

/** The same policy for a <meta> tag, which cannot carry frame-ancestors (browsers ignore it there and complain). */
export const contentSecurityPolicyForMeta = directives
  .filter((directive) => !directive.startsWith('frame-ancestors'))
  .join('; ')

/** Headers sent with every page and asset, in both hosts. */
export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=(), bluetooth=()',
}
