import { applyDecorators, Header } from '@nestjs/common';

/**
 * Same-origin only: scripts, styles and fetches come from this listener, nothing inline, no frames, no external
 * requests. The page URL carries a session in its fragment until the script moves it to sessionStorage, hence
 * `no-referrer` and `no-store`.
 */
export const SETTINGS_PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const PageHeaders = (): MethodDecorator =>
  applyDecorators(
    Header('Content-Security-Policy', SETTINGS_PAGE_CSP),
    Header('X-Content-Type-Options', 'nosniff'),
    Header('X-Frame-Options', 'DENY'),
    Header('Referrer-Policy', 'no-referrer'),
    Header('Cross-Origin-Opener-Policy', 'same-origin'),
    Header('Cross-Origin-Resource-Policy', 'same-origin'),
    Header('Cache-Control', 'no-store'),
  );
