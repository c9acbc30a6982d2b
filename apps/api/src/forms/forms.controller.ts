import { Body, Controller, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  type TFormCompleteRequest,
  type TFormDraftRequest,
  type TFormView,
  ZApiError,
  ZFormCompleteRequest,
  ZFormDraftRequest,
  ZFormView,
} from '@screenpop/contracts';
import { FormsService } from './forms.service.js';
import { Public } from '../auth/access.decorators.js';

@ApiTags('forms')
@ApiNotFoundResponse({ standardSchema: ZApiError, description: 'No form has this id.' })
@Public()
@Controller('forms')
export class FormsController {
  constructor(private readonly forms: FormsService) {}

  @Get(':id')
  @ApiOperation({
    summary: 'The per-call form: call, caller, contact, previous calls, template and saved data',
  })
  @ApiOkResponse({ standardSchema: ZFormView })
  view(@Param('id') id: string): Promise<TFormView> {
    return this.forms.view(id);
  }

  @Post(':id/open')
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark the form opened (the first time only)' })
  @ApiOkResponse({ standardSchema: ZFormView })
  open(@Param('id') id: string): Promise<TFormView> {
    return this.forms.open(id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Save a draft: some fields, optionally the disposition' })
  @ApiOkResponse({ standardSchema: ZFormView })
  @ApiBadRequestResponse({
    standardSchema: ZApiError,
    description: 'Unknown fields or wrong types; issues name them.',
  })
  @ApiConflictResponse({ standardSchema: ZApiError, description: 'The form is already completed.' })
  saveDraft(
    @Param('id') id: string,
    @Body({ schema: ZFormDraftRequest }) body: TFormDraftRequest,
  ): Promise<TFormView> {
    return this.forms.saveDraft(id, body);
  }

  @Post(':id/complete')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Complete the form: records the outcome and the wrap-up time',
    description: 'Completing an already completed form changes nothing and answers it as stored.',
  })
  @ApiOkResponse({ standardSchema: ZFormView })
  @ApiBadRequestResponse({
    standardSchema: ZApiError,
    description: 'Missing required fields or disposition; issues name them.',
  })
  complete(
    @Param('id') id: string,
    @Body({ schema: ZFormCompleteRequest }) body: TFormCompleteRequest,
  ): Promise<TFormView> {
    return this.forms.complete(id, body);
  }
}
