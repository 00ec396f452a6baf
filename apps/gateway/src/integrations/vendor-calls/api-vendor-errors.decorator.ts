import { applyDecorators, Type } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';

/** Documents a vendor route's error responses: the vendor's own JSON body (not problem+json), one description per status. */
export function ApiVendorErrors(
  model: Type<unknown>,
  descriptions: Record<number, string>,
  ...statuses: number[]
): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiExtraModels(model),
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: descriptions[status],
        content: { 'application/json': { schema: { $ref: getSchemaPath(model) } } },
      }),
    ),
  );
}
