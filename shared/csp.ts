// The Content-Security-Policy of the renderer, served by the app protocol and the harness and
// mirrored in index.html: nothing remote, no inline script, no eval, no network, and Trusted
// Types: no string reaches an HTML or script sink (innerHTML and friends throw), so an injected
// string can never become markup or code even if some future code path tried.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "media-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
].join('; ');
