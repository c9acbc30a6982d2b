import { Injectable, StandardSchemaValidationPipe } from '@nestjs/common';
import { issuePath } from '@screenpop/contracts';
import { RequestValidationException } from './request-validation.exception.js';

/**
 * Validates every parameter declared with a schema (`@Body({ schema: ZSomething })`), registered once
 * for the whole app. A failure is a 400 in the ZApiError shape, each issue naming its field.
 */
@Injectable()
export class ValidationPipe extends StandardSchemaValidationPipe {
  constructor() {
    super({
      exceptionFactory: (issues) =>
        new RequestValidationException(
          issues.map((issue) => ({
            path: issuePath(
              (issue.path ?? []).map((segment) => (typeof segment === 'object' ? segment.key : segment)),
            ),
            message: issue.message,
          })),
        ),
    });
  }
}
