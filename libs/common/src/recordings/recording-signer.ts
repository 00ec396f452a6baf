import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { secretsKeyBytes } from '../secrets/secret-box';

/**
 * HKDF's `info`: the recording-URL key is derived from CALLSIGHT_SECRETS_KEY for this one use, so a
 * signature never doubles as anything the secrets key does elsewhere (sealing endpoints' secrets).
 */
const KEY_INFO = 'callsight/recording-url/v1';
/** Prefixed to every signed message, so a new scheme can never accept a v1 signature or the other way round. */
const MESSAGE_VERSION = 'callsight-recording-url-v1';
const SIGNATURE = /^[A-Za-z0-9_-]{43}$/;

/** What a recording URL grants: one job's audio, in one workspace, until `expires` (Unix seconds). */
export interface RecordingClaims {
  workspaceId: string;
  jobId: string;
  expires: number;
}

export type RecordingCheck = 'valid' | 'expired' | 'invalid';

/**
 * Signs and checks recording URLs: HMAC-SHA256 over the workspace, job and expiry, under a key
 * derived (HKDF-SHA256) from CALLSIGHT_SECRETS_KEY. The webhook service signs, the gateway checks;
 * both hold the secrets key, and nothing is stored per URL.
 */
export class RecordingSigner {
  private constructor(private readonly key: Buffer) {}

  /** null without a (valid) secrets key: no recording URL can then be made or accepted. */
  static fromSecretsKey(text: string | null | undefined): RecordingSigner | null {
    const secretsKey = text ? secretsKeyBytes(text) : null;
    if (!secretsKey) return null;
    return new RecordingSigner(Buffer.from(hkdfSync('sha256', secretsKey, Buffer.alloc(0), KEY_INFO, 32)));
  }

  /** The signature, base64url without padding (43 characters). */
  sign(claims: RecordingClaims): string {
    return this.mac(claims).toString('base64url');
  }

  /** Whether `signature` was made by `sign` for exactly these claims, and they have not expired. */
  check(claims: RecordingClaims, signature: string, now = new Date()): RecordingCheck {
    if (!SIGNATURE.test(signature) || !Number.isSafeInteger(claims.expires) || claims.expires <= 0) return 'invalid';
    if (!timingSafeEqual(Buffer.from(signature, 'base64url'), this.mac(claims))) return 'invalid';
    return claims.expires * 1000 > now.getTime() ? 'valid' : 'expired';
  }

  private mac({ workspaceId, jobId, expires }: RecordingClaims): Buffer {
    const message = [MESSAGE_VERSION, workspaceId, jobId, String(expires)].join('\n');
    return createHmac('sha256', this.key).update(message, 'utf8').digest();
  }
}
