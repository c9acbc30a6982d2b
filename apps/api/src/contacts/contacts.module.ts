import { Module } from '@nestjs/common';
import { ContactsAdminService } from './contacts-admin.service.js';
import { ContactsController } from './contacts.controller.js';
import { ContactsService } from './contacts.service.js';

@Module({
  controllers: [ContactsController],
  providers: [ContactsService, ContactsAdminService],
  exports: [ContactsService],
})
export class ContactsModule {}
