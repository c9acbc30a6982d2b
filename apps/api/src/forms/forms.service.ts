import { ConflictException, Inject, Injectable, Logger, NotFoundException } from '@nestjs/common';
import {
  type TFormCompleteRequest,
  type TFormData,
  type TFormDraftRequest,
  type TFormTemplate,
  type TFormView,
  ZFormData,
} from '@screenpop/contracts';
import type { Database, FormTemplate, Prisma } from '@screenpop/db';
import { z } from 'zod';
import { CallsService } from '../calls/calls.service.js';
import { DATABASE } from '../common/database.module.js';
import { RequestValidationException } from '../common/request-validation.exception.js';
import { RealtimeService } from '../realtime/realtime.service.js';
import { ContactsService } from '../contacts/contacts.service.js';
import { completionIssues, draftIssues, keepTemplateFields, storedShape } from './form-data.js';

const ZStoredUserData = z.record(z.string(), z.unknown());

const sessionInclude = {
  call: { include: { agent: true, queue: true } },
  template: true,
} satisfies Prisma.FormSessionInclude;

type LoadedSession = Prisma.FormSessionGetPayload<{ include: typeof sessionInclude }>;

/** The per-call form: public by design, its unguessable id being the secret. */
@Injectable()
export class FormsService {
  private readonly logger = new Logger(FormsService.name);

  constructor(
    @Inject(DATABASE) private readonly database: Database,
    private readonly contacts: ContactsService,
    private readonly calls: CallsService,
    private readonly realtime: RealtimeService,
  ) {}

  async view(id: string): Promise<TFormView> {
    return this.toView(await this.load(id));
  }

  /** The agent opened the form: the first time only, it goes from pending to opened. */
  async open(id: string): Promise<TFormView> {
    await this.database.prisma.formSession.updateMany({
      where: { id, status: 'pending' },
      data: { status: 'opened', openedAt: new Date() },
    });
    return this.view(id);
  }

  async saveDraft(id: string, draft: TFormDraftRequest): Promise<TFormView> {
    const session = await this.load(id);
    if (session.status === 'completed') throw alreadyCompleted();
    const shape = this.shapeOf(session.template);
    const issues = draftIssues(shape, draft.data, draft.disposition);
    if (issues.length) throw new RequestValidationException(issues);

    const opening =
      session.status === 'pending'
        ? { status: 'opened' as const, openedAt: session.openedAt ?? new Date() }
        : {};
    const { count } = await this.database.prisma.formSession.updateMany({
      where: { id, status: { not: 'completed' } },
      data: {
        data: {
          ...keepTemplateFields(shape, storedData(session.data)),
          ...draft.data,
        },
        ...(draft.disposition !== undefined ? { disposition: draft.disposition } : {}),
        ...opening,
      },
    });
    if (count === 0) throw alreadyCompleted();
    return this.view(id);
  }

  /** Records the outcome; completing an already completed form changes nothing and answers it as stored. */
  async complete(id: string, request: TFormCompleteRequest): Promise<TFormView> {
    const session = await this.load(id);
    if (session.status === 'completed') return this.toView(session);

    const shape = this.shapeOf(session.template);
    const data: TFormData = { ...keepTemplateFields(shape, storedData(session.data)), ...request.data };
    const disposition = request.disposition ?? session.disposition ?? undefined;
    const issues = completionIssues(shape, data, disposition);
    if (issues.length) throw new RequestValidationException(issues);

    const completedAt = new Date();
    const wrapUpFrom = session.call.endedAt ?? session.openedAt ?? session.createdAt;
    const wrapUpSeconds = Math.max(0, Math.floor((completedAt.getTime() - wrapUpFrom.getTime()) / 1000));
    const { count } = await this.database.prisma.formSession.updateMany({
      where: { id, status: { not: 'completed' } },
      data: { status: 'completed', completedAt, data, disposition: disposition ?? null, wrapUpSeconds },
    });
    // Only the request that completed the form announces it.
    if (count === 1) {
      this.realtime.formCompleted(session.tenantId, {
        formId: id,
        callId: session.callId,
        disposition: disposition ?? null,
        wrapUpSeconds,
        completedAt: completedAt.toISOString(),
      });
    }
    return this.view(id);
  }

  private async load(id: string): Promise<LoadedSession> {
    const session = await this.database.prisma.formSession.findUnique({
      where: { id },
      include: sessionInclude,
    });
    if (!session) throw new NotFoundException('No such form');
    return session;
  }

  private async toView(session: LoadedSession): Promise<TFormView> {
    const { call } = session;
    const [contact, previousCalls] = await Promise.all([
      this.contacts.findByPhone(session.tenantId, call.callerNormalized),
      this.calls.previousCalls(session.tenantId, call),
    ]);
    const userData = ZStoredUserData.safeParse(call.userData ?? {});
    return {
      id: session.id,
      status: session.status,
      title: session.title,
      autopause: session.autopause,
      autopauseReason: session.autopauseReason,
      openedAt: iso(session.openedAt),
      completedAt: iso(session.completedAt),
      wrapUpSeconds: session.wrapUpSeconds,
      data: storedData(session.data),
      disposition: session.disposition,
      call: {
        id: call.id,
        source: call.source,
        externalCallId: call.externalCallId,
        caller: call.caller,
        callerName: call.callerName,
        callee: call.callee,
        direction: call.direction,
        state: call.state,
        ringingAt: call.ringingAt.toISOString(),
        answeredAt: iso(call.answeredAt),
        endedAt: iso(call.endedAt),
        userData: Object.fromEntries(
          Object.entries(userData.success ? userData.data : {}).filter(
            (entry): entry is [string, string] => typeof entry[1] === 'string',
          ),
        ),
      },
      agent: call.agent
        ? { id: call.agent.id, externalId: call.agent.externalId, fullName: call.agent.fullName }
        : null,
      queue: call.queue
        ? {
            id: call.queue.id,
            name: call.queue.name,
            displayName: call.queue.displayName,
            number: call.queue.number,
          }
        : null,
      contact,
      previousCalls,
      template: this.templateView(session.template),
    };
  }

  private templateView(template: FormTemplate | null): TFormTemplate | null {
    if (!template) return null;
    return { id: template.id, name: template.name, ...this.shapeOf(template) };
  }

  private shapeOf(template: FormTemplate | null): Pick<TFormTemplate, 'fields' | 'dispositions'> {
    if (!template) return { fields: [], dispositions: [] };
    return storedShape(template, () =>
      this.logger.error({ templateId: template.id }, `Form template "${template.name}" is not valid`),
    );
  }
}

function storedData(value: Prisma.JsonValue): TFormData {
  const parsed = ZFormData.safeParse(value ?? {});
  return parsed.success ? parsed.data : {};
}

function iso(date: Date | null): string | null {
  return date ? date.toISOString() : null;
}

function alreadyCompleted(): ConflictException {
  return new ConflictException('This form is already completed');
}
