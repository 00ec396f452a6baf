import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

const ALGORITHM = 'aes-256-gcm';
const VERSION = 'v1';

/** The 32 bytes of CALLSIGHT_SECRETS_KEY, written as 64 hex digits or in base64; null when `text` is not such a key. */
export function secretsKeyBytes(text: string): Buffer | null {
  const trimmed = text.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'base64');
  return key.length === 32 ? key : null;
}

/**
 * Seals secrets kept in a database (webhook signing secrets, receivers' credentials) with AES-256-GCM
 * under a key the database never holds, so a dump or a replica alone does not give them away. Each
 * sealed value names the record it belongs to (`context`, authenticated but not stored), so a value
 * copied onto another row does not open there.
 */
export class SecretBox {
  private constructor(private readonly key: Buffer) {}

  /** A key of 32 bytes, written as 64 hex digits or in base64; null when `text` is not one. */
  static fromKeyText(text: string): SecretBox | null {
    const key = secretsKeyBytes(text);
    return key ? new SecretBox(key) : null;
  }

  static generateKeyText(): string {
    return randomBytes(32).toString('base64');
  }

  seal(plain: string, context: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv(ALGORITHM, this.key, iv);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return [VERSION, iv, cipher.getAuthTag(), sealed]
      .map((part) => (typeof part === 'string' ? part : part.toString('base64')))
      .join(':');
  }

  /**
   * A keyed digest of `plain` (HMAC-SHA256 under a key derived from this one), the same every time: it
   * lets a sealed value's plain text be compared (an Idempotency-Key request hashed twice) without a plain
   * hash anyone could test guesses against.
   */
  fingerprint(plain: string, context: string): string {
    const key = Buffer.from(hkdfSync('sha256', this.key, Buffer.alloc(0), 'callsight fingerprint', 32));
    return createHmac('sha256', key).update(context).update('\0').update(plain).digest('hex');
  }

  /** Throws when the value was sealed under another key or for another record, or was altered. */
  open(sealed: string, context: string): string {
    const [version, iv, tag, data] = sealed.split(':');
    if (version !== VERSION || !iv || !tag || data === undefined) throw new Error('not a sealed secret');
    const decipher = createDecipheriv(ALGORITHM, this.key, Buffer.from(iv, 'base64'));
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]).toString('utf8');
  }
}
