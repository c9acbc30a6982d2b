import { BadRequestException, ConflictException } from '@nestjs/common';
import type { TApiIssue } from '@screenpop/contracts';

function summary(issues: TApiIssue[]): string {
  return issues.length === 1
    ? `${issues[0]!.path}: ${issues[0]!.message}`
    : `${issues.length} invalid fields`;
}

/** A 400 whose issues name each bad field (`user.agentId`, `data.reason`). */
export class RequestValidationException extends BadRequestException {
  constructor(
    readonly issues: TApiIssue[],
    message = summary(issues),
  ) {
    super(message);
  }
}

/** A 409 that names the field in conflict (an e-mail already taken), with issues as a 400 has them. */
export class FieldConflictException extends ConflictException {
  constructor(
    readonly issues: TApiIssue[],
    message = summary(issues),
  ) {
    super(message);
  }
}
