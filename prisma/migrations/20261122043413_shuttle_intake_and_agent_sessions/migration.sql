-- AlterTable
ALTER TABLE "Call" ADD COLUMN     "hangupReason" TEXT,
ADD COLUMN     "holdSeconds" INTEGER,
ADD COLUMN     "ringSeconds" INTEGER,
ADD COLUMN     "talkSeconds" INTEGER;

-- CreateTable
CREATE TABLE "IntegrationToken" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "platform" "Platform" NOT NULL,
    "name" TEXT NOT NULL,
    "tokenDigest" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),

    CONSTRAINT "IntegrationToken_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgentSession" (
    "id" UUID NOT NULL,
    "tenantId" UUID NOT NULL,
    "source" "Platform" NOT NULL,
    "login" TEXT NOT NULL,
    "host" TEXT NOT NULL,
    "agentId" UUID,
    "loggedInAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "tokenIssuedAt" TIMESTAMPTZ(3),
    "tokenExpiresAt" TIMESTAMPTZ(3),
    "tokenDigest" TEXT NOT NULL,

    CONSTRAINT "AgentSession_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "IntegrationToken_tokenDigest_key" ON "IntegrationToken"("tokenDigest");

-- CreateIndex
CREATE INDEX "IntegrationToken_tenantId_platform_idx" ON "IntegrationToken"("tenantId", "platform");

-- CreateIndex
CREATE INDEX "AgentSession_tenantId_loggedInAt_idx" ON "AgentSession"("tenantId", "loggedInAt");

-- CreateIndex
CREATE INDEX "AgentSession_tenantId_host_loggedInAt_idx" ON "AgentSession"("tenantId", "host", "loggedInAt");

-- CreateIndex
CREATE UNIQUE INDEX "AgentSession_tenantId_source_tokenDigest_key" ON "AgentSession"("tenantId", "source", "tokenDigest");

-- CreateIndex
CREATE INDEX "Agent_tenantId_source_peer_idx" ON "Agent"("tenantId", "source", "peer");

-- CreateIndex
CREATE INDEX "Agent_tenantId_source_login_idx" ON "Agent"("tenantId", "source", "login");

-- AddForeignKey
ALTER TABLE "IntegrationToken" ADD CONSTRAINT "IntegrationToken_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgentSession" ADD CONSTRAINT "AgentSession_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgentSession" ADD CONSTRAINT "AgentSession_agentId_fkey" FOREIGN KEY ("agentId") REFERENCES "Agent"("id") ON DELETE SET NULL ON UPDATE CASCADE;
