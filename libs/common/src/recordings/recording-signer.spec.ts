import { randomBytes } from 'node:crypto';
import { RecordingLinks } from './recording-links';
import { RecordingClaims, RecordingSigner } from './recording-signer';

const KEY = randomBytes(32).toString('base64');
const NOW = new Date('2026-12-01T10:00:00Z');
const CLAIMS: RecordingClaims = {
  workspaceId: 'ws_01jd5f3k1q8m2x7c9v4b6n0p3r',
  jobId: 'job_01jd5f3k1q8m2x7c9v4b6n0p3r',
  expires: Math.floor(NOW.getTime() / 1000) + 3600,
};

describe('RecordingSigner', () => {
  const signer = RecordingSigner.fromSecretsKey(KEY)!;
  const signature = signer.sign(CLAIMS);

  it('accepts its own signature until the expiry, and calls it expired from then on', () => {
    expect(signature).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(signer.check(CLAIMS, signature, NOW)).toBe('valid');
    expect(signer.check(CLAIMS, signature, new Date(CLAIMS.expires * 1000 - 1))).toBe('valid');
    expect(signer.check(CLAIMS, signature, new Date(CLAIMS.expires * 1000))).toBe('expired');
  });

  it.each<[string, RecordingClaims]>([
    ['another job', { ...CLAIMS, jobId: 'job_01jd5f3k1q8m2x7c9v4b6n0p3s' }],
    ['another workspace', { ...CLAIMS, workspaceId: 'ws_01jd5f3k1q8m2x7c9v4b6n0p3s' }],
    ['a later expiry', { ...CLAIMS, expires: CLAIMS.expires + 86_400 }],
    ['an earlier expiry', { ...CLAIMS, expires: CLAIMS.expires - 1 }],
  ])('refuses the signature for %s', (_label, claims) => {
    expect(signer.check(claims, signature, NOW)).toBe('invalid');
  });

  it('refuses an expired link whose expiry was moved forward as invalid, not merely expired', () => {
    const old = { ...CLAIMS, expires: CLAIMS.expires - 7200 };
    const oldSignature = signer.sign(old);
    expect(signer.check(old, oldSignature, NOW)).toBe('expired');
    expect(signer.check({ ...old, expires: CLAIMS.expires }, oldSignature, NOW)).toBe('invalid');
  });

  it('refuses a signature made under another secrets key', () => {
    const other = RecordingSigner.fromSecretsKey(randomBytes(32).toString('hex'))!;
    expect(other.check(CLAIMS, signature, NOW)).toBe('invalid');
    expect(signer.check(CLAIMS, other.sign(CLAIMS), NOW)).toBe('invalid');
  });

  it('derives its key for this use only: the signature is not a plain HMAC under the secrets key', async () => {
    const { createHmac } = await import('node:crypto');
    const plain = createHmac('sha256', Buffer.from(KEY, 'base64'))
      .update(['callsight-recording-url-v1', CLAIMS.workspaceId, CLAIMS.jobId, String(CLAIMS.expires)].join('\n'))
      .digest('base64url');
    expect(plain).not.toBe(signature);
  });

  it.each([
    ['empty', ''],
    ['too short', signature.slice(1)],
    ['not base64url', `${signature.slice(0, 42)}+`],
    ['one character changed', `${signature.slice(0, 10)}${signature[10] === 'A' ? 'B' : 'A'}${signature.slice(11)}`],
  ])('refuses a signature that is %s', (_label, candidate) => {
    expect(signer.check(CLAIMS, candidate, NOW)).toBe('invalid');
  });

  it('refuses claims whose expiry is not a whole positive number', () => {
    expect(signer.check({ ...CLAIMS, expires: Number.NaN }, signature, NOW)).toBe('invalid');
    expect(signer.check({ ...CLAIMS, expires: -1 }, signature, NOW)).toBe('invalid');
  });

  it('is not made without a valid secrets key', () => {
    expect(RecordingSigner.fromSecretsKey(null)).toBeNull();
    expect(RecordingSigner.fromSecretsKey('')).toBeNull();
    expect(RecordingSigner.fromSecretsKey('too short')).toBeNull();
  });
});

describe('RecordingLinks', () => {
  const settings = { publicUrl: 'https://calls.example.com/', ttlSeconds: 7 * 24 * 3600, secretsKey: KEY };

  it('makes a URL on the public base that the signer accepts for its lifetime', () => {
    const url = new URL(new RecordingLinks(settings).urlFor(CLAIMS.workspaceId, CLAIMS.jobId, NOW)!);
    expect(url.origin + url.pathname).toBe(`https://calls.example.com/api/v1/recordings/${CLAIMS.jobId}`);
    const expires = Number(url.searchParams.get('expires'));
    expect(expires).toBe(Math.floor(NOW.getTime() / 1000) + settings.ttlSeconds);
    expect(url.searchParams.get('workspace')).toBe(CLAIMS.workspaceId);
    const claims = { workspaceId: CLAIMS.workspaceId, jobId: CLAIMS.jobId, expires };
    const signer = RecordingSigner.fromSecretsKey(KEY)!;
    expect(signer.check(claims, url.searchParams.get('signature')!, NOW)).toBe('valid');
  });

  it('reads a public URL known only later when it makes each URL', () => {
    let base: string | null = null;
    const links = new RecordingLinks({ ...settings, publicUrl: () => base });
    expect(links.missing).toBeNull();
    expect(links.urlFor(CLAIMS.workspaceId, CLAIMS.jobId, NOW)).toBeNull();
    base = 'http://127.0.0.1:4000';
    expect(links.urlFor(CLAIMS.workspaceId, CLAIMS.jobId, NOW)).toMatch(
      /^http:\/\/127\.0\.0\.1:4000\/api\/v1\/recordings\//,
    );
  });

  it('makes none without a public URL or a secrets key, and says which is missing', () => {
    const noUrl = new RecordingLinks({ ...settings, publicUrl: null });
    expect(noUrl.urlFor(CLAIMS.workspaceId, CLAIMS.jobId)).toBeNull();
    expect(noUrl.missing).toMatch(/CALLSIGHT_PUBLIC_URL/);
    const noKey = new RecordingLinks({ ...settings, secretsKey: null });
    expect(noKey.urlFor(CLAIMS.workspaceId, CLAIMS.jobId)).toBeNull();
    expect(noKey.missing).toMatch(/CALLSIGHT_SECRETS_KEY/);
  });
});
