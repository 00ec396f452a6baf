import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';

/**
 * One policy for every response, API and Swagger UI alike. Swagger UI (swagger-ui-dist, served
 * from /docs) loads its scripts and stylesheets from this origin, but writes inline styles and
 * uses data: images for its icons; nothing else is ever loaded, framed, or posted elsewhere.
 */
const CONTENT_SECURITY_POLICY = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    fontSrc: ["'self'", 'data:'],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
};

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

const strictTransportSecurity = helmet.strictTransportSecurity({ maxAge: ONE_YEAR_SECONDS });

/**
 * HSTS only on requests that arrived over TLS (directly, or per X-Forwarded-Proto from a trusted
 * proxy): browsers ignore it over plain HTTP anyway, and a plain-HTTP deployment (`npm start` on
 * localhost) should not claim to be HTTPS-only to anything that caches headers.
 */
function hstsWhenSecure(request: Request, response: Response, next: NextFunction): void {
  if (!request.secure) return next();
  strictTransportSecurity(request, response, next);
}

/** Express middlewares that set the security headers; add them before any route or error responder. */
export const securityHeaders = [
  helmet({
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    strictTransportSecurity: false,
    xFrameOptions: { action: 'deny' },
  }),
  hstsWhenSecure,
];
