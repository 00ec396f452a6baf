import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Injectable } from '@nestjs/common';
import type { WebhookFormat } from '@callsight/contracts';
import type { PayloadFormat } from './payload-format';

/** Each format folder's `index` exports `format`; the folder is named after its id. */
export function loadFormatFolders(directory: string): PayloadFormat[] {
  return readdirSync(directory, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .filter((entry) => ['index.ts', 'index.js'].some((file) => existsSync(join(directory, entry.name, file))))
    .map((entry) => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- plug-in folders are found at boot, not listed by hand
      const loaded = require(join(directory, entry.name)) as { format?: PayloadFormat };
      if (!loaded.format) throw new Error(`formats/${entry.name}/index exports no \`format\``);
      if (loaded.format.id !== entry.name)
        throw new Error(`formats/${entry.name} holds ${loaded.format.id}; the folder must be named after the id`);
      return loaded.format;
    });
}

/** Refuses formats a delivery could not be made with: two of one id, no events, a timeout that is no timeout. */
export function checkFormats(formats: readonly PayloadFormat[]): void {
  const seen = new Set<string>();
  for (const format of formats) {
    if (seen.has(format.id)) throw new Error(`two payload formats are named ${format.id}`);
    seen.add(format.id);
    if (format.events.length === 0) throw new Error(`the ${format.id} format carries no events`);
    if (new Set(format.events).size !== format.events.length)
      throw new Error(`the ${format.id} format lists an event twice`);
    if (format.timeoutSeconds !== null && !(format.timeoutSeconds > 0))
      throw new Error(`the ${format.id} format needs a positive timeout or null`);
  }
}

/** The webhook payload formats, found in their folders at boot and checked once. */
@Injectable()
export class FormatRegistry {
  private readonly byId: ReadonlyMap<string, PayloadFormat>;

  constructor() {
    const formats = loadFormatFolders(__dirname);
    checkFormats(formats);
    this.byId = new Map(formats.map((format) => [format.id, format]));
  }

  all(): PayloadFormat[] {
    return [...this.byId.values()].sort((a, b) => a.id.localeCompare(b.id));
  }

  find(id: string): PayloadFormat | undefined {
    return this.byId.get(id);
  }

  /** For a format id read from stored configuration, where an unknown one is a bug rather than a choice. */
  get(id: WebhookFormat): PayloadFormat {
    const format = this.find(id);
    if (!format) throw new Error(`no payload format ${id}`);
    return format;
  }
}
