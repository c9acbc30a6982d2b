import { applyDecorators, Controller } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiTags } from '@nestjs/swagger';
import { ZApiError } from '@screenpop/contracts';
import { RequireRole } from '../auth/access.decorators.js';

/** The usual 400 of a back-office route: the validation pipe's answer. */
export const INVALID_FIELDS = 'Invalid fields; issues name them.';

/** A back-office controller at `path`: every route for administrators, listed under `admin` in the API document. */
export const AdminController = (path: string) =>
  applyDecorators(Controller(path), ApiTags('admin'), RequireRole('admin'));

/** What each error answer of a route (or of every route of a controller) means; all share the ZApiError shape. */
export interface AdminErrors {
  badRequest?: string;
  notFound?: string;
  conflict?: string;
}

/** Documents a route's 400, 404 and 409 answers (401 and 403 come with the role). */
export const ApiErrors = ({ badRequest, notFound, conflict }: AdminErrors) =>
  applyDecorators(
    ...documented(ApiBadRequestResponse, badRequest),
    ...documented(ApiNotFoundResponse, notFound),
    ...documented(ApiConflictResponse, conflict),
  );

function documented(response: typeof ApiNotFoundResponse, description: string | undefined) {
  return description === undefined ? [] : [response({ standardSchema: ZApiError, description })];
}
