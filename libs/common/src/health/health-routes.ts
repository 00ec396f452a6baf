/** Probe paths every service serves over HTTP, unauthenticated; deployment manifests point at these. */
export const HEALTH_ROUTES = {
  liveness: '/health',
  readiness: '/health/ready',
} as const;
