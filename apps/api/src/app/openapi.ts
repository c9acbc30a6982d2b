import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type StandardSchemaConverter, SwaggerModule } from '@nestjs/swagger';
import { z } from 'zod';
import { SESSION_COOKIE } from '@screenpop/contracts';
import { SESSION_SECURITY, SUPERVISOR_BEARER } from '../auth/access.decorators.js';
import { SHUTTLE_RELAY_BEARER } from '../shuttle/shuttle-relay.guard.js';

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
      'Screen-pop for call centres: the XiVO XucMgt third-party web service and login URL, per-call forms, ' +
        'supervisor views and health. Supervisors also get live events on the socket.io namespace /realtime ' +
        '(handshake auth: { token, tenant }). ' +
        'xCALLY Shuttle relays send realtime events on the socket.io namespace /shuttle (handshake auth: ' +
        '{ token }, a Shuttle integration token; each event acknowledged once stored, with the AgentCTI, ' +
        'AgentCTINotification and RealtimeCTI commands for Shuttle), or to POST /api/shuttle/events. ' +
        'Errors share one shape (ZApiError): statusCode, error, message and issues naming the fields.',
    )
    .setVersion(version)
    .addBearerAuth(
      {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'opaque',
        description: 'A supervisor access token (SUPERVISOR_TOKEN), accepted on supervisor routes.',
      },
      SUPERVISOR_BEARER,
    )
    .addCookieAuth(
      SESSION_COOKIE,
      { type: 'apiKey', in: 'cookie', description: 'The session cookie set by POST /api/auth/login.' },
      SESSION_SECURITY,
    )
    .addBearerAuth(
      {
        type: 'http',
        scheme: 'bearer',
        bearerFormat: 'opaque',
        description: 'A Shuttle integration token (spk_…), which names the tenant.',
      },
      SHUTTLE_RELAY_BEARER,
    )
    .build();
  const document = SwaggerModule.createDocument(app, config, { standardSchemaConverter: zodToOpenApi });
  SwaggerModule.setup(OPENAPI_UI_PATH, app, document, { jsonDocumentUrl: OPENAPI_JSON_PATH, raw: ['json'] });
}
