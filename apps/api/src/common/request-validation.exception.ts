import { BadRequestException } from '@nestjs/common';
import type { TApiIssue } from '@screenpop/contracts';

/** A 400 whose issues name each bad field (`user.agentId`, `data.reason`). */
export class RequestValidationException extends BadRequestException {
  constructor(
    readonly issues: TApiIssue[],
    message = issues.length === 1
      ? `${issues[0]!.path}: ${issues[0]!.message}`
      : `${issues.length} invalid fields`,
  ) {
    super(message);
  }
}
