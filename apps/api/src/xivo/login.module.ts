import { Module } from '@nestjs/common';
import { AgentsModule } from '../agents/agents.module.js';
import { XivoLoginController } from './login.controller.js';
import { XivoLoginService } from './login.service.js';

/** XucMgt's login URL: the agents' sessions it reports are the agents capability's. */
@Module({ imports: [AgentsModule], controllers: [XivoLoginController], providers: [XivoLoginService] })
export class XivoLoginModule {}
