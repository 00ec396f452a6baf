import { applyDecorators, Type } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath, HeadersObject } from '@nestjs/swagger';

/** Documents a vendor route's error responses: the vendor's own JSON body (not problem+json), one description per status. */
export function ApiVendorErrors(
  model: Type<unknown>,
  descriptions: Record<number, string>,
  ...statuses: number[]
): MethodDecorator & ClassDecorator {
  return ApiVendorErrorsWithHeaders(model, descriptions, () => undefined, ...statuses);
}

/** As ApiVendorErrors, each status also with the response headers `headersOf` gives it (a vendor's rate-limit headers). */
export function ApiVendorErrorsWithHeaders(
  model: Type<unknown>,
  descriptions: Record<number, string>,
  headersOf: (status: number) => HeadersObject | undefined,
  ...statuses: number[]
): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiExtraModels(model),
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: descriptions[status],
        headers: headersOf(status),
        content: { 'application/json': { schema: { $ref: getSchemaPath(model) } } },
      }),
    ),
  );
}
