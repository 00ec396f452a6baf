import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkFormats, FormatRegistry, loadFormatFolders } from './format-registry';
import { KESTREL } from './kestrel/kestrel.format';
import { KRIDTECH } from './kridtech/kridtech.format';
import { NATIVE } from './native/native.format';
import type { PayloadFormat } from './payload-format';

describe('the format registry', () => {
  it('finds each format folder, and only those', () => {
    const registry = new FormatRegistry();
    expect(registry.all().map((format) => format.id)).toEqual(['kestrel', 'kridtech', 'native']);
    expect(registry.find('kestrel')).toBe(KESTREL);
    expect(registry.get('kridtech')).toBe(KRIDTECH);
    expect(registry.get('native')).toBe(NATIVE);
    expect(registry.find('fixtures')).toBeUndefined();
    expect(registry.find('gensail')).toBeUndefined();
  });

  describe('loading folders', () => {
    let directory: string;
    beforeEach(() => (directory = mkdtempSync(join(tmpdir(), 'callsight-formats-'))));
    afterEach(() => rmSync(directory, { recursive: true, force: true }));

    const folder = (name: string, index: string | null) => {
      mkdirSync(join(directory, name));
      if (index !== null) writeFileSync(join(directory, name, 'index.js'), index);
    };
    const exporting = (id: string) =>
      `exports.format = { id: '${id}', events: ['call.completed'], body: () => null, signatureHeaders: () => ({}), timeoutSeconds: null, requiresHttps: false };`;

    it('loads the folders with an index and skips the others', () => {
      folder('acme', exporting('acme'));
      folder('shared', null);
      writeFileSync(join(directory, 'helpers.js'), 'exports.x = 1;');
      expect(loadFormatFolders(directory).map((format) => format.id)).toEqual(['acme']);
    });

    it('refuses a folder not named after its format, or with no `format` export', () => {
      folder('acme', exporting('other'));
      expect(() => loadFormatFolders(directory)).toThrow(
        'formats/acme holds other; the folder must be named after the id',
      );
      rmSync(join(directory, 'acme'), { recursive: true });
      // Another name: require() caches by path, so a rewritten acme/index.js would not be read again.
      folder('zeta', 'exports.algorithm = {};');
      expect(() => loadFormatFolders(directory)).toThrow('formats/zeta/index exports no `format`');
    });
  });

  it('refuses duplicate ids and formats a delivery could not be made with', () => {
    const format = (fields: Partial<PayloadFormat>): PayloadFormat => ({ ...KRIDTECH, ...fields });
    expect(() => checkFormats([NATIVE, KESTREL, KRIDTECH])).not.toThrow();
    expect(() => checkFormats([KESTREL, format({ id: 'kestrel' })])).toThrow('two payload formats are named kestrel');
    expect(() => checkFormats([format({ events: [] })])).toThrow('the kridtech format carries no events');
    expect(() => checkFormats([format({ events: ['call.completed', 'call.completed'] })])).toThrow(
      'the kridtech format lists an event twice',
    );
    expect(() => checkFormats([format({ timeoutSeconds: 0 })])).toThrow(
      'the kridtech format needs a positive timeout or null',
    );
  });
});
