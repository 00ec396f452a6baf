import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** A reason `npm start` cannot go on, worded as the one sentence that tells the user what to do. */
export class StartFailure extends Error {
  override readonly name = 'StartFailure';
}

/** Whether something already listens on `port` at `host` (probed by listening there for a moment). */
export function portInUse(port: number, host: string): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) =>
      error.code === 'EADDRINUSE' ? resolve(true) : reject(error),
    );
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve(false)));
  });
}

/** A loopback port nothing listened on a moment ago. */
export function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export type LockHolder = { kind: 'postgres'; pid: number } | { kind: 'stale'; pid: number; lockFile: string };

/**
 * Who holds PostgreSQL's `postmaster.pid` lock on `databaseDir`, by the same rule PostgreSQL applies
 * (the pid in the file is a live process other than us), and on Linux also whether that process
 * is PostgreSQL at all: a pid reused by another program after a crash is a stale lock, which
 * PostgreSQL refuses just the same.
 */
export function postmasterLockHolder(databaseDir: string): LockHolder | null {
  const lockFile = join(databaseDir, 'postmaster.pid');
  const pid = Number.parseInt(readOrNull(lockFile)?.split('\n')[0] ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || !isAlive(pid)) return null;
  const command = readOrNull(`/proc/${pid}/comm`)?.trim();
  return command === undefined || command === 'postgres' ? { kind: 'postgres', pid } : { kind: 'stale', pid, lockFile };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user (PostgreSQL runs as `postgres` when we are root).
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOrNull(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

export interface SystemUser {
  name: string;
  uid: number;
  gid: number;
}

/** The uid and gid of a system user, or null when there is no such user. */
export function systemUser(name: string): SystemUser | null {
  const id = (flag: string): number => Number.parseInt(spawnSync('id', [flag, name], { encoding: 'utf8' }).stdout, 10);
  const [uid, gid] = [id('-u'), id('-g')];
  return Number.isInteger(uid) && Number.isInteger(gid) ? { name, uid, gid } : null;
}

/** Whether `user` can enter `directory`, which needs search permission on it and on every directory above it. */
export function canEnter(user: SystemUser, directory: string): boolean {
  const entered = spawnSync('/bin/sh', ['-c', 'cd -- "$1"', 'sh', directory], {
    uid: user.uid,
    gid: user.gid,
    stdio: 'ignore',
  });
  return entered.status === 0;
}
