import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type StandardSchemaConverter, SwaggerModule } from '@nestjs/swagger';
import { z } from 'zod';

export const OPENAPI_UI_PATH = 'api/docs';
export const OPENAPI_JSON_PATH = 'api/docs/openapi.json';

/** The wire schemas of the document are the contracts' zod schemas, converted, never written twice. */
const zodToOpenApi: StandardSchemaConverter = (schema, { schemaType }) => {
  if (!(schema instanceof z.ZodType)) return undefined;
  const { $schema: _, ...json } = z.toJSONSchema(schema, {
    target: 'openapi-3.0',
    io: schemaType,
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  return { schema: json };
};

export function setupOpenApi(app: INestApplication, version: string): void {
  const config = new DocumentBuilder()
    .setTitle('Screenpop API')
    .setDescription(
      'Screen-pop for call centres: the XiVO XucMgt third-party web service, per-call forms and health. ' +
        'Errors share one shape (ZApiError): statusCode, error, message and issues naming the fields.',
    )
    .setVersion(version)
    .build();
  const document = SwaggerModule.createDocument(app, config, { standardSchemaConverter: zodToOpenApi });
  SwaggerModule.setup(OPENAPI_UI_PATH, app, document, { jsonDocumentUrl: OPENAPI_JSON_PATH, raw: ['json'] });
}
