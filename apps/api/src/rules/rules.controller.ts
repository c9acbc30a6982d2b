import { Body, Delete, Get, HttpCode, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import {
  type TAuthUser,
  type TRuleAdmin,
  type TRuleAdminList,
  type TRuleEnabledRequest,
  type TRuleInput,
  type TRuleReorderRequest,
  type TRuleSimulateRequest,
  type TRuleSimulateResponse,
  type TRuleTargetOptions,
  ZRuleAdmin,
  ZRuleAdminList,
  ZRuleEnabledRequest,
  ZRuleInput,
  ZRuleReorderRequest,
  ZRuleSimulateRequest,
  ZRuleSimulateResponse,
  ZRuleTargetOptions,
} from '@screenpop/contracts';
import { AdminController, ApiErrors } from '../admin/admin-route.decorators.js';
import { CurrentUser } from '../auth/principal.js';
import { RulesAdminService } from './rules-admin.service.js';

const INVALID_RULE =
  'Invalid rule; issues name each field (`match.caller.value`, `urlTemplate`, `event`): an action that opens ' +
  'something needs exactly one target (a form template of yours or an https URL template), patterns must be ' +
  'valid regular expressions, events must exist on the platforms the rule is for, templates may only use ' +
  'the known variables.';

const APPLIES_AT_ONCE = 'The intakes use the change for the next call.';
const NO_SUCH_RULE = 'No rule has this id in your tenant.';

@AdminController('admin/rules')
export class RulesController {
  constructor(private readonly rules: RulesAdminService) {}

  @Get()
  @ApiOperation({
    summary: 'Every rule, in the order they are examined (disabled ones included)',
    description: 'The first enabled rule whose conditions all hold answers the call.',
  })
  @ApiOkResponse({ standardSchema: ZRuleAdminList })
  list(@CurrentUser() user: TAuthUser): Promise<TRuleAdminList> {
    return this.rules.list(user.tenant.id);
  }

  @Get('targets')
  @ApiOperation({ summary: 'The form templates a rule may open' })
  @ApiOkResponse({ standardSchema: ZRuleTargetOptions })
  targets(@CurrentUser() user: TAuthUser): Promise<TRuleTargetOptions> {
    return this.rules.targetOptions(user.tenant.id);
  }

  @Post('simulate')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Try the rules on a sample call, optionally with an unsaved rule',
    description:
      'Answers which rule matches, why each earlier one did not, and the exact answer (XiVO response, ' +
      'or Shuttle commands). Nothing is stored: a form a real call would open shows `{new-form-id}` as its id.',
  })
  @ApiOkResponse({ standardSchema: ZRuleSimulateResponse })
  @ApiErrors({ badRequest: 'Bad sample or draft rule; issues name the field.' })
  simulate(
    @CurrentUser() user: TAuthUser,
    @Body({ schema: ZRuleSimulateRequest }) body: TRuleSimulateRequest,
  ): Promise<TRuleSimulateResponse> {
    return this.rules.simulate(user, body);
  }

  @Post('reorder')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Set the order the rules are examined in',
    description: `List every rule id once, first examined first. ${APPLIES_AT_ONCE}`,
  })
  @ApiOkResponse({ standardSchema: ZRuleAdminList })
  @ApiErrors({ badRequest: 'The ids are not exactly your rules, each once.' })
  reorder(
    @CurrentUser() user: TAuthUser,
    @Body({ schema: ZRuleReorderRequest }) body: TRuleReorderRequest,
  ): Promise<TRuleAdminList> {
    return this.rules.reorder(user, body);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One rule' })
  @ApiOkResponse({ standardSchema: ZRuleAdmin })
  @ApiErrors({ notFound: NO_SUCH_RULE })
  get(@CurrentUser() user: TAuthUser, @Param('id') id: string): Promise<TRuleAdmin> {
    return this.rules.get(user.tenant.id, id);
  }

  @Post()
  @ApiOperation({ summary: 'Create a rule, examined after the others', description: APPLIES_AT_ONCE })
  @ApiCreatedResponse({ standardSchema: ZRuleAdmin })
  @ApiErrors({ badRequest: INVALID_RULE })
  create(
    @CurrentUser() user: TAuthUser,
    @Body({ schema: ZRuleInput }) body: TRuleInput,
  ): Promise<TRuleAdmin> {
    return this.rules.create(user, body);
  }

  @Put(':id')
  @ApiOperation({ summary: 'Replace a rule (it keeps its place)', description: APPLIES_AT_ONCE })
  @ApiOkResponse({ standardSchema: ZRuleAdmin })
  @ApiErrors({ badRequest: INVALID_RULE, notFound: NO_SUCH_RULE })
  update(
    @CurrentUser() user: TAuthUser,
    @Param('id') id: string,
    @Body({ schema: ZRuleInput }) body: TRuleInput,
  ): Promise<TRuleAdmin> {
    return this.rules.update(user, id, body);
  }

  @Patch(':id/enabled')
  @ApiOperation({ summary: 'Enable or disable a rule', description: APPLIES_AT_ONCE })
  @ApiOkResponse({ standardSchema: ZRuleAdmin })
  @ApiErrors({ badRequest: '`enabled` must be true or false.', notFound: NO_SUCH_RULE })
  setEnabled(
    @CurrentUser() user: TAuthUser,
    @Param('id') id: string,
    @Body({ schema: ZRuleEnabledRequest }) body: TRuleEnabledRequest,
  ): Promise<TRuleAdmin> {
    return this.rules.setEnabled(user, id, body.enabled);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a rule', description: APPLIES_AT_ONCE })
  @ApiNoContentResponse({ description: 'Deleted.' })
  @ApiErrors({ notFound: NO_SUCH_RULE })
  async remove(@CurrentUser() user: TAuthUser, @Param('id') id: string): Promise<void> {
    await this.rules.remove(user, id);
  }
}
