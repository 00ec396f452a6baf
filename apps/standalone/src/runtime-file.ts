import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where the running standalone process tells the admin CLI which database it uses. */
export const runtimeFilePath = (dataDir: string): string => join(dataDir, 'runtime.json');

export interface RuntimeFile {
  databaseUrl: string;
  pid: number;
  url: string;
}

export function writeRuntimeFile(dataDir: string, content: RuntimeFile): void {
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(runtimeFilePath(dataDir), `${JSON.stringify(content, null, 2)}\n`, { mode: 0o600 });
}

export function readRuntimeFile(dataDir: string): RuntimeFile | null {
  try {
    return JSON.parse(readFileSync(runtimeFilePath(dataDir), 'utf8')) as RuntimeFile;
  } catch {
    return null;
  }
}

export const removeRuntimeFile = (dataDir: string): void => rmSync(runtimeFilePath(dataDir), { force: true });
