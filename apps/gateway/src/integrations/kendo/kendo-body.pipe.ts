import { Injectable, PipeTransform } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { KendoIngestRequest } from '@callsight/contracts';
import { refuseBuiltInKeys, validationFailed } from '@callsight/common/problem';
import { camelCaseBody } from './kendo-ingest.mapper';

/** Kendo bodies come in camelCase or snake_case and may carry fields of other platforms, which are dropped, not refused. */
@Injectable()
export class KendoBodyPipe implements PipeTransform<unknown, KendoIngestRequest> {
  transform(value: unknown): KendoIngestRequest {
    refuseBuiltInKeys(value);
    const body = plainToInstance(KendoIngestRequest, camelCaseBody(value));
    const errors = validateSync(body, { whitelist: true, forbidNonWhitelisted: false });
    if (errors.length > 0) throw validationFailed(errors);
    return body;
  }
}
