import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SecretBox } from '@callsight/common/secrets';

/**
 * The embedded default's secrets key: made once in the data directory (readable by its owner only) and
 * read at every start, so endpoint secrets sealed with it open after a restart. The database lives in
 * the same directory, so this protects a dump or a copied database, not the directory itself.
 */
export function secretsKeyOf(dataDir: string): string {
  const path = join(dataDir, 'secrets.key');
  try {
    return readFileSync(path, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dataDir, { recursive: true });
  const key = SecretBox.generateKeyText();
  writeFileSync(path, `${key}\n`, { mode: 0o600, flag: 'wx' });
  return key;
}
