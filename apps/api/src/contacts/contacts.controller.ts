import { Body, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import {
  type TAuthUser,
  type TContactImportRequestParsed,
  type TContactImportResult,
  type TContactInputParsed,
  type TContactListQuery,
  type TContactPage,
  type TContactView,
  ZContactImportRequest,
  ZContactImportResult,
  ZContactInput,
  ZContactListQuery,
  ZContactPage,
  ZContactView,
} from '@screenpop/contracts';
import { AdminController, ApiErrors } from '../admin/admin-route.decorators.js';
import { CurrentUser } from '../auth/principal.js';
import { ContactsAdminService } from './contacts-admin.service.js';

const BAD_CONTACT =
  'Missing name, invalid email, or a phone number that is not usable; issues name each field.';
const NO_SUCH_CONTACT = 'No contact of this tenant has this id.';
const EMAIL_TAKEN = 'Another contact has this email.';

@AdminController('admin/contacts')
export class ContactsController {
  constructor(private readonly contacts: ContactsAdminService) {}

  @Get()
  @ApiOperation({
    summary: 'The contact directory, by name',
    description: '`q` matches the name, company or email, or a phone number written in any format.',
  })
  @ApiOkResponse({ standardSchema: ZContactPage })
  @ApiErrors({ badRequest: 'Bad paging or search; issues name them.' })
  list(
    @CurrentUser() user: TAuthUser,
    @Query({ schema: ZContactListQuery }) query: TContactListQuery,
  ): Promise<TContactPage> {
    return this.contacts.list(user.tenant.id, query);
  }

  @Post('import')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Import a batch of up to 500 rows of a contact file',
    description:
      'One transaction per batch: valid rows are stored, invalid rows reported with issues naming the field. ' +
      'A row with the email of an existing contact updates it (its numbers are added); without an email, ' +
      'the same name with a number in common is the same contact, so sending a batch again creates nothing. ' +
      '`dryRun` checks and reports without storing.',
  })
  @ApiOkResponse({ standardSchema: ZContactImportResult })
  @ApiErrors({ badRequest: 'Not a batch of rows (or over 500 rows).' })
  import(
    @CurrentUser() user: TAuthUser,
    @Body({ schema: ZContactImportRequest }) body: TContactImportRequestParsed,
  ): Promise<TContactImportResult> {
    return this.contacts.import(user, body);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One contact' })
  @ApiOkResponse({ standardSchema: ZContactView })
  @ApiErrors({ notFound: NO_SUCH_CONTACT })
  get(@CurrentUser() user: TAuthUser, @Param('id') id: string): Promise<TContactView> {
    return this.contacts.get(user.tenant.id, id);
  }

  @Post()
  @ApiOperation({ summary: 'Add a contact; its numbers are stored normalised (E.164 when they parse)' })
  @ApiCreatedResponse({ standardSchema: ZContactView })
  @ApiErrors({ badRequest: BAD_CONTACT, conflict: EMAIL_TAKEN })
  create(
    @CurrentUser() user: TAuthUser,
    @Body({ schema: ZContactInput }) body: TContactInputParsed,
  ): Promise<TContactView> {
    return this.contacts.create(user, body);
  }

  @Put(':id')
  @ApiOperation({ summary: 'Replace a contact' })
  @ApiOkResponse({ standardSchema: ZContactView })
  @ApiErrors({ badRequest: BAD_CONTACT, notFound: NO_SUCH_CONTACT, conflict: EMAIL_TAKEN })
  update(
    @CurrentUser() user: TAuthUser,
    @Param('id') id: string,
    @Body({ schema: ZContactInput }) body: TContactInputParsed,
  ): Promise<TContactView> {
    return this.contacts.update(user, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a contact' })
  @ApiNoContentResponse({ description: 'Deleted.' })
  @ApiErrors({ notFound: NO_SUCH_CONTACT })
  remove(@CurrentUser() user: TAuthUser, @Param('id') id: string): Promise<void> {
    return this.contacts.remove(user, id);
  }
}
