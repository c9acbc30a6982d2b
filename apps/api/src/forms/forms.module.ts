import { Module } from '@nestjs/common';
import { CallsModule } from '../calls/calls.module.js';
import { ContactsModule } from '../contacts/contacts.module.js';
import { FormTemplatesController } from './form-templates.controller.js';
import { FormTemplatesService } from './form-templates.service.js';
import { FormsController } from './forms.controller.js';
import { FormsService } from './forms.service.js';

@Module({
  imports: [CallsModule, ContactsModule],
  controllers: [FormsController, FormTemplatesController],
  providers: [FormsService, FormTemplatesService],
})
export class FormsModule {}
