-- CreateEnum
CREATE TYPE "Platform" AS ENUM ('xivo', 'shuttle', 'vodia');

-- CreateEnum
CREATE TYPE "CallDirection" AS ENUM ('inbound', 'outbound', 'internal', 'unknown');

-- CreateEnum
CREATE TYPE "CallState" AS ENUM ('ringing', 'answered', 'ended', 'abandoned');

-- CreateEnum
CREATE TYPE "RuleAction" AS ENUM ('open', 'popup', 'run', 'none');

-- CreateEnum
CREATE TYPE "FormSessionStatus" AS ENUM ('pending', 'opened', 'completed');

-- CreateTable
CREATE TABLE "Tenant" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Tenant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Agent" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "source" "Platform" NOT NULL,
    "externalId" TEXT NOT NULL,
    "login" TEXT,
    "firstName" TEXT,
    "lastName" TEXT,
    "fullName" TEXT,
    "userId" TEXT,
    "peer" TEXT,
    "sipName" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Agent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Queue" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "source" "Platform" NOT NULL,
    "externalId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "displayName" TEXT,
    "number" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Queue_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Call" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "source" "Platform" NOT NULL,
    "externalCallId" TEXT NOT NULL,
    "caller" TEXT NOT NULL,
    "callerNormalized" TEXT,
    "callerName" TEXT,
    "callee" TEXT NOT NULL,
    "queueId" UUID,
    "agentId" UUID,
    "direction" "CallDirection" NOT NULL DEFAULT 'unknown',
    "state" "CallState" NOT NULL DEFAULT 'ringing',
    "ringingAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "answeredAt" TIMESTAMPTZ(3),
    "endedAt" TIMESTAMPTZ(3),
    "userData" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Call_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CallEvent" (
    "id" UUID NOT NULL,
    "callId" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dedupeKey" TEXT NOT NULL,
    "payload" JSONB NOT NULL,

    CONSTRAINT "CallEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Rule" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "priority" INTEGER NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "match" JSONB NOT NULL DEFAULT '{}',
    "action" "RuleAction" NOT NULL,
    "event" TEXT,
    "formTemplateId" UUID,
    "urlTemplate" TEXT,
    "autopause" BOOLEAN,
    "autopauseReason" TEXT,
    "multitab" BOOLEAN,
    "titleTemplate" TEXT,
    "executableArgs" JSONB,
    "shuttleMode" TEXT,
    "notification" JSONB,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Rule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FormTemplate" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "fields" JSONB NOT NULL DEFAULT '[]',
    "dispositions" JSONB NOT NULL DEFAULT '[]',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "FormTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FormSession" (
    "id" TEXT NOT NULL,
    "tenantId" UUID NOT NULL,
    "callId" UUID NOT NULL,
    "templateId" UUID,
    "ruleId" UUID,
    "status" "FormSessionStatus" NOT NULL DEFAULT 'pending',
    "title" TEXT,
    "data" JSONB NOT NULL DEFAULT '{}',
    "disposition" TEXT,
    "openedAt" TIMESTAMPTZ(3),
    "completedAt" TIMESTAMPTZ(3),
    "wrapUpSeconds" INTEGER,
    "autopause" BOOLEAN NOT NULL DEFAULT false,
    "autopauseReason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "FormSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contact" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "company" TEXT,
    "email" TEXT,
    "phones" TEXT[],
    "notes" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Contact_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Tenant_slug_key" ON "Tenant"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Agent_tenantId_source_externalId_key" ON "Agent"("tenantId", "source", "externalId");

-- CreateIndex
CREATE UNIQUE INDEX "Queue_tenantId_source_externalId_key" ON "Queue"("tenantId", "source", "externalId");

-- CreateIndex
CREATE INDEX "Call_tenantId_ringingAt_idx" ON "Call"("tenantId", "ringingAt");

-- CreateIndex
CREATE INDEX "Call_tenantId_callerNormalized_ringingAt_idx" ON "Call"("tenantId", "callerNormalized", "ringingAt");

-- CreateIndex
CREATE INDEX "Call_agentId_ringingAt_idx" ON "Call"("agentId", "ringingAt");

-- CreateIndex
CREATE INDEX "Call_queueId_ringingAt_idx" ON "Call"("queueId", "ringingAt");

-- CreateIndex
CREATE UNIQUE INDEX "Call_tenantId_source_externalCallId_key" ON "Call"("tenantId", "source", "externalCallId");

-- CreateIndex
CREATE INDEX "CallEvent_callId_occurredAt_idx" ON "CallEvent"("callId", "occurredAt");

-- CreateIndex
CREATE UNIQUE INDEX "CallEvent_callId_dedupeKey_key" ON "CallEvent"("callId", "dedupeKey");

-- CreateIndex
CREATE INDEX "Rule_tenantId_enabled_priority_idx" ON "Rule"("tenantId", "enabled", "priority");

-- CreateIndex
CREATE UNIQUE INDEX "FormTemplate_tenantId_name_key" ON "FormTemplate"("tenantId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "FormSession_callId_key" ON "FormSession"("callId");

-- CreateIndex
CREATE INDEX "FormSession_tenantId_status_createdAt_idx" ON "FormSession"("tenantId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "Contact_tenantId_name_idx" ON "Contact"("tenantId", "name");

-- CreateIndex
CREATE INDEX "Contact_phones_idx" ON "Contact" USING GIN ("phones");

-- AddForeignKey
ALTER TABLE "Agent" ADD CONSTRAINT "Agent_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Queue" ADD CONSTRAINT "Queue_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Call" ADD CONSTRAINT "Call_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Call" ADD CONSTRAINT "Call_queueId_fkey" FOREIGN KEY ("queueId") REFERENCES "Queue"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Call" ADD CONSTRAINT "Call_agentId_fkey" FOREIGN KEY ("agentId") REFERENCES "Agent"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CallEvent" ADD CONSTRAINT "CallEvent_callId_fkey" FOREIGN KEY ("callId") REFERENCES "Call"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rule" ADD CONSTRAINT "Rule_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Rule" ADD CONSTRAINT "Rule_formTemplateId_fkey" FOREIGN KEY ("formTemplateId") REFERENCES "FormTemplate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FormTemplate" ADD CONSTRAINT "FormTemplate_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FormSession" ADD CONSTRAINT "FormSession_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FormSession" ADD CONSTRAINT "FormSession_callId_fkey" FOREIGN KEY ("callId") REFERENCES "Call"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FormSession" ADD CONSTRAINT "FormSession_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "FormTemplate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FormSession" ADD CONSTRAINT "FormSession_ruleId_fkey" FOREIGN KEY ("ruleId") REFERENCES "Rule"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contact" ADD CONSTRAINT "Contact_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;
