/**
 * Every NATS subject and stream name starts with this namespace, so that several deployments (or
 * test runs) can share one NATS server without receiving each other's messages. It is read once at
 * start-up because Nest message-pattern decorators are evaluated when classes are defined.
 */
export const NAMESPACE = readNamespace(process.env.CALLSIGHT_NAMESPACE);

function readNamespace(raw: string | undefined): string {
  const value = raw?.trim() || 'callsight';
  if (!/^[a-z][a-z0-9_-]{0,62}$/.test(value)) {
    throw new Error(`CALLSIGHT_NAMESPACE must match ^[a-z][a-z0-9_-]{0,62}$, got "${value}"`);
  }
  return value;
}
