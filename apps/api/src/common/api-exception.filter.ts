import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import { type TApiError, toApiIssues } from '@screenpop/contracts';
import type { FastifyReply } from 'fastify';
import { STATUS_CODES } from 'node:http';
import { ZodError } from 'zod';
import { FieldConflictException, RequestValidationException } from './request-validation.exception.js';

/** Every error the API answers has the ZApiError shape; bad input is a 4xx, never a 500. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const body = toApiError(exception);
    if (body.statusCode >= 500) this.logger.error(exception);
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    void reply.status(body.statusCode).type('application/json; charset=utf-8').send(body);
  }
}

export function toApiError(exception: unknown): TApiError {
  if (exception instanceof RequestValidationException || exception instanceof FieldConflictException) {
    return { ...base(exception.getStatus(), exception.message), issues: exception.issues };
  }
  if (exception instanceof ZodError) {
    return { ...base(HttpStatus.BAD_REQUEST, 'Invalid request'), issues: toApiIssues(exception) };
  }
  const clientError = fastifyClientError(
    exception instanceof HttpException ? (exception.cause ?? exception) : exception,
  );
  if (clientError) return clientError;
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    if (status >= 500) return base(status, STATUS_CODES[status] ?? 'Internal Server Error');
    return base(status, messageOf(exception.getResponse()) ?? exception.message);
  }
  return base(HttpStatus.INTERNAL_SERVER_ERROR, 'Internal server error');
}

const INVALID_JSON = 'FST_ERR_CTP_INVALID_JSON_BODY';

const JSON_MESSAGES: Record<string, string> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'Unsupported content type: send application/json',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'The body is empty but the content type says JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'The body is too large',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'The Content-Length does not match the body',
};

/** Fastify's body parser and hook errors carry a 4xx statusCode. */
function fastifyClientError(error: unknown): TApiError | null {
  if (!(error instanceof Error)) return null;
  const { statusCode, code } = error as Error & { statusCode?: unknown; code?: unknown };
  if (typeof statusCode !== 'number' || statusCode < 400 || statusCode >= 500) return null;
  if (code === INVALID_JSON || error instanceof SyntaxError) {
    const detail = error.cause instanceof Error ? error.cause.message : error.message;
    return {
      ...base(statusCode, 'The body is not valid JSON'),
      issues: [{ path: '(root)', message: detail }],
    };
  }
  const message = (typeof code === 'string' && JSON_MESSAGES[code]) || error.message;
  return base(statusCode, message);
}

function messageOf(response: string | object): string | null {
  if (typeof response === 'string') return response;
  const { message } = response as { message?: unknown };
  if (typeof message === 'string') return message;
  if (Array.isArray(message)) return message.join('; ');
  return null;
}

function base(statusCode: number, message: string): TApiError {
  return { statusCode, error: STATUS_CODES[statusCode] ?? 'Error', message };
}
