import { Body, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import {
  type TAuthUser,
  type TFormTemplateDetail,
  type TFormTemplateListItem,
  type TFormTemplateListQuery,
  type TFormTemplateParsedInput,
  type TPage,
  ZFormTemplateDetail,
  ZFormTemplateInput,
  ZFormTemplateListItem,
  ZFormTemplateListQuery,
  ZPage,
} from '@screenpop/contracts';
import { AdminController, ApiErrors } from '../admin/admin-route.decorators.js';
import { CurrentUser } from '../auth/principal.js';
import { FormTemplatesService } from './form-templates.service.js';

const INVALID_TEMPLATE =
  'Invalid template; issues name each field (`name`, `fields.2.options`, `dispositions.0.code`). ' +
  'Field keys, option values and disposition codes must be unique; a list (select) needs an option; ' +
  'a template needs a disposition; names are unique in the tenant, ignoring case.';

const EDITS_APPLY =
  'Forms refer to their template: the new fields and dispositions show on every form opened from now on, ' +
  'including forms of calls in progress. Completed forms keep the data they saved; values of removed fields ' +
  'stay in their data but are no longer shown.';

const NOT_FOUND = 'No form template has this id in your tenant.';

@AdminController('admin/form-templates')
export class FormTemplatesController {
  constructor(private readonly templates: FormTemplatesService) {}

  @Get()
  @ApiOperation({ summary: 'The form templates, by name, with how many rules open each' })
  @ApiOkResponse({ standardSchema: ZPage(ZFormTemplateListItem) })
  @ApiErrors({ badRequest: 'Bad paging or filter; issues name it.' })
  list(
    @CurrentUser() user: TAuthUser,
    @Query({ schema: ZFormTemplateListQuery }) query: TFormTemplateListQuery,
  ): Promise<TPage<TFormTemplateListItem>> {
    return this.templates.list(user.tenant.id, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One form template: its fields, dispositions and the rules that open it' })
  @ApiOkResponse({ standardSchema: ZFormTemplateDetail })
  @ApiErrors({ notFound: NOT_FOUND })
  get(@CurrentUser() user: TAuthUser, @Param('id') id: string): Promise<TFormTemplateDetail> {
    return this.templates.get(user.tenant.id, id);
  }

  @Post()
  @ApiOperation({ summary: 'Create a form template', description: 'Audited as `template.created`.' })
  @ApiCreatedResponse({ standardSchema: ZFormTemplateDetail })
  @ApiErrors({ badRequest: INVALID_TEMPLATE })
  create(
    @CurrentUser() user: TAuthUser,
    @Body({ schema: ZFormTemplateInput }) body: TFormTemplateParsedInput,
  ): Promise<TFormTemplateDetail> {
    return this.templates.create(user, body);
  }

  @Put(':id')
  @ApiOperation({
    summary: 'Replace a form template: name, fields and dispositions',
    description: `${EDITS_APPLY} Audited as \`template.updated\` with what changed.`,
  })
  @ApiOkResponse({ standardSchema: ZFormTemplateDetail })
  @ApiErrors({ badRequest: INVALID_TEMPLATE, notFound: NOT_FOUND })
  update(
    @CurrentUser() user: TAuthUser,
    @Param('id') id: string,
    @Body({ schema: ZFormTemplateInput }) body: TFormTemplateParsedInput,
  ): Promise<TFormTemplateDetail> {
    return this.templates.update(user, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Delete a form template that no rule opens',
    description:
      'Refused (409) while a rule opens the template: point those rules at another template first, so no ' +
      'call silently stops opening a form. Past forms made from it keep their saved data and disposition ' +
      'and still open, without the template\u2019s fields. Audited as `template.deleted`.',
  })
  @ApiNoContentResponse({ description: 'Deleted.' })
  @ApiErrors({ notFound: NOT_FOUND, conflict: 'Rules open this template; the message names them.' })
  async remove(@CurrentUser() user: TAuthUser, @Param('id') id: string): Promise<void> {
    await this.templates.remove(user, id);
  }
}
