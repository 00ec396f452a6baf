import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';

type Constructor<T> = new () => T;

/** Validates `process.env` (or `source`) against a class-validator class; throws one readable error listing every problem. */
export function loadEnv<T extends object>(schema: Constructor<T>, source: NodeJS.ProcessEnv = process.env): T {
  const env = plainToInstance(schema, { ...source }, { enableImplicitConversion: true, exposeDefaultValues: true });
  const errors = validateSync(env, { whitelist: true, forbidUnknownValues: false });
  if (errors.length > 0) throw new Error(`Invalid configuration:\n${describe(errors)}`);
  return env;
}

function describe(errors: ValidationError[]): string {
  return errors
    .map((error) => `  - ${error.property}: ${Object.values(error.constraints ?? {}).join('; ')}`)
    .join('\n');
}
