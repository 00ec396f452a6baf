import { Inject, Injectable } from '@nestjs/common';
import busboy from 'busboy';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import type { Request } from 'express';
import type { Readable } from 'node:stream';
import { DomainError, ErrorCodes, UploadAudioFields } from '@callsight/contracts';
import { refuseBuiltInKeys, validationFailed } from '@callsight/common/problem';
import { AUDIO_STORAGE, AudioStorage, StoredAudio } from '@callsight/common/storage';
import { jsonShapeProblem } from '../http/json-shape';
import { isUnstorableText, safeJsonReviver } from '../http/safe-json';

export interface UploadSettings {
  maxBytes: number;
}
export const UPLOAD_SETTINGS = Symbol('UPLOAD_SETTINGS');

export interface ReceivedUpload {
  fields: UploadAudioFields;
  audio: StoredAudio;
}

const FILE_FIELD = 'file';
const JSON_FIELDS = new Set(['metadata', 'algorithm_ids']);
const NUMBER_FIELDS = new Set(['duration_seconds']);

/** The parser decodes bytes that are not UTF-8 as U+FFFD and does not say so; only that mark is left to refuse. */
const REPLACEMENT_CHARACTER = '\uFFFD';

const isBadFormText = (text: string): boolean => isUnstorableText(text) || text.includes(REPLACEMENT_CHARACTER);

/** Form fields are text; the ones that are numbers or JSON in the API are read as such. */
function typedField(name: string, value: string): unknown {
  if (isBadFormText(name) || isBadFormText(value))
    throw new DomainError(
      ErrorCodes.validationFailed,
      `The form field "${name}" holds text that is not valid UTF-8 or has NUL characters`,
      [{ field: name, message: 'invalid text' }],
    );
  if (NUMBER_FIELDS.has(name)) return value.trim() === '' ? value : Number(value);
  if (!JSON_FIELDS.has(name)) return value;
  const shapeProblem = jsonShapeProblem(Buffer.from(value));
  if (shapeProblem) throw new DomainError(ErrorCodes.payloadTooLarge, `The form field "${name}" ${shapeProblem}`);
  try {
    return JSON.parse(value, safeJsonReviver);
  } catch {
    return value;
  }
}

const malformed = (error: unknown): DomainError =>
  new DomainError(ErrorCodes.badRequest, `The multipart body is malformed: ${(error as Error).message}`);

/**
 * Receives a multipart upload: the audio streams straight into storage (never whole in memory)
 * while the form fields are collected; when anything is wrong the stored audio is removed again.
 */
@Injectable()
export class AudioUploadService {
  constructor(
    @Inject(AUDIO_STORAGE) private readonly storage: AudioStorage,
    @Inject(UPLOAD_SETTINGS) private readonly settings: UploadSettings,
  ) {}

  async receive(request: Request, workspaceId: string): Promise<ReceivedUpload> {
    const { fields, audio } = await this.parse(request, workspaceId);
    try {
      if (!audio)
        throw new DomainError(ErrorCodes.validationFailed, `Send the audio as the form field "${FILE_FIELD}"`, [
          { field: FILE_FIELD, message: 'is required' },
        ]);
      const instance = plainToInstance(UploadAudioFields, fields);
      const errors = validateSync(instance, { whitelist: true, forbidNonWhitelisted: true });
      if (errors.length > 0) throw validationFailed(errors);
      return { fields: instance, audio };
    } catch (error) {
      if (audio) await this.storage.delete(audio.key).catch(() => undefined);
      throw error;
    }
  }

  discard(audio: StoredAudio): Promise<void> {
    return this.storage.delete(audio.key);
  }

  private parse(
    request: Request,
    workspaceId: string,
  ): Promise<{ fields: Record<string, unknown>; audio: StoredAudio | null }> {
    return new Promise((resolve, reject) => {
      let parser: busboy.Busboy;
      try {
        parser = busboy({
          headers: request.headers,
          limits: { files: 1, fields: 40, fieldSize: 64 * 1024, parts: 42 },
        });
      } catch {
        return reject(
          new DomainError(ErrorCodes.unsupportedMediaType, 'Send the audio as multipart/form-data with a boundary'),
        );
      }
      const fields: Record<string, unknown> = {};
      let storing: Promise<StoredAudio> | null = null;
      let failure: Error | null = null;
      const fail = (error: unknown) => {
        failure ??= asError(error);
      };
      parser.on('field', (name, value, info) => {
        if (info.valueTruncated)
          fail(
            new DomainError(ErrorCodes.validationFailed, `The form field "${name}" is longer than 64 KiB`, [
              { field: name, message: 'is too long' },
            ]),
          );
        try {
          const typed = typedField(name, value);
          // A computed key is an own property even when it is "__proto__", so it is seen and refused.
          refuseBuiltInKeys({ [name]: typed });
          fields[name] = typed;
        } catch (error) {
          fail(error);
        }
      });
      parser.on('file', (name, stream: Readable) => {
        // A broken body breaks the part: that is the client's fault (400); a storage failure is not.
        let bodyError: unknown = null;
        stream.on('error', (error) => (bodyError ??= error));
        if (name !== FILE_FIELD || storing) {
          stream.resume();
          fail(
            new DomainError(ErrorCodes.validationFailed, `Send exactly one file, as the form field "${FILE_FIELD}"`, [
              { field: name, message: 'unexpected file' },
            ]),
          );
          return;
        }
        storing = this.storage
          .put(stream, { workspaceId, maxBytes: this.settings.maxBytes })
          .catch((error: unknown) => {
            throw error instanceof DomainError || !bodyError ? error : malformed(bodyError);
          });
        // A refused file (not audio, too large) is answered at once rather than read to its end.
        storing.catch((error: unknown) => {
          fail(error);
          request.unpipe(parser);
          stream.resume();
          reject(asError(failure));
        });
      });
      parser.on('filesLimit', () =>
        fail(
          new DomainError(ErrorCodes.validationFailed, 'Send exactly one file', [
            { field: FILE_FIELD, message: 'only one file is accepted' },
          ]),
        ),
      );
      parser.on('fieldsLimit', () => fail(new DomainError(ErrorCodes.validationFailed, 'Too many form fields')));
      parser.on('partsLimit', () => fail(new DomainError(ErrorCodes.validationFailed, 'Too many form parts')));
      // The parser may end with 'error' and no 'close', so either one settles the upload, once.
      let settled = false;
      const settle = () => {
        if (settled) return;
        settled = true;
        const pending: Promise<StoredAudio | null> = storing ?? Promise.resolve(null);
        pending.then(
          async (audio) => {
            if (!failure) return resolve({ fields, audio });
            if (audio) await this.storage.delete(audio.key).catch(() => undefined);
            reject(failure);
          },
          (error: unknown) => reject(failure ?? asError(error)),
        );
      };
      parser.on('error', (error: unknown) => {
        fail(malformed(error));
        settle();
      });
      parser.on('close', settle);
      request.on('aborted', () => fail(new DomainError(ErrorCodes.badRequest, 'The upload was aborted')));
      request.pipe(parser);
    });
  }
}

const asError = (error: unknown): Error =>
  error instanceof Error ? error : new Error('the upload could not be read', { cause: error });
