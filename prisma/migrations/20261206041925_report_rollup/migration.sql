-- CreateTable
CREATE TABLE "ReportCallDay" (
    "id" BIGSERIAL NOT NULL,
    "tenantId" UUID NOT NULL,
    "day" DATE NOT NULL,
    "source" "Platform" NOT NULL,
    "queueId" UUID,
    "agentId" UUID,
    "direction" "CallDirection" NOT NULL,
    "disposition" TEXT,
    "calls" INTEGER NOT NULL,
    "offered" INTEGER NOT NULL,
    "answered" INTEGER NOT NULL,
    "abandoned" INTEGER NOT NULL,
    "outbound" INTEGER NOT NULL,
    "missed" INTEGER NOT NULL,
    "waitMeasured" INTEGER NOT NULL,
    "withinThreshold" INTEGER NOT NULL,
    "answerWaitCount" INTEGER NOT NULL,
    "answerWaitSum" BIGINT NOT NULL,
    "maxWait" INTEGER,
    "talkCount" INTEGER NOT NULL,
    "talkSum" BIGINT NOT NULL,
    "handleSum" BIGINT NOT NULL,
    "wrapUpCount" INTEGER NOT NULL,
    "wrapUpSum" BIGINT NOT NULL,
    "formsShown" INTEGER NOT NULL,
    "formsOpened" INTEGER NOT NULL,
    "formsCompleted" INTEGER NOT NULL,

    CONSTRAINT "ReportCallDay_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportCallHour" (
    "id" BIGSERIAL NOT NULL,
    "tenantId" UUID NOT NULL,
    "day" DATE NOT NULL,
    "hour" TIMESTAMPTZ(3) NOT NULL,
    "source" "Platform" NOT NULL,
    "queueId" UUID,
    "agentId" UUID,
    "direction" "CallDirection" NOT NULL,
    "disposition" TEXT,
    "calls" INTEGER NOT NULL,
    "offered" INTEGER NOT NULL,
    "answered" INTEGER NOT NULL,
    "abandoned" INTEGER NOT NULL,
    "outbound" INTEGER NOT NULL,
    "missed" INTEGER NOT NULL,
    "waitMeasured" INTEGER NOT NULL,
    "withinThreshold" INTEGER NOT NULL,
    "answerWaitCount" INTEGER NOT NULL,
    "answerWaitSum" BIGINT NOT NULL,
    "maxWait" INTEGER,
    "talkCount" INTEGER NOT NULL,
    "talkSum" BIGINT NOT NULL,
    "handleSum" BIGINT NOT NULL,
    "wrapUpCount" INTEGER NOT NULL,
    "wrapUpSum" BIGINT NOT NULL,
    "formsShown" INTEGER NOT NULL,
    "formsOpened" INTEGER NOT NULL,
    "formsCompleted" INTEGER NOT NULL,

    CONSTRAINT "ReportCallHour_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportRollupState" (
    "tenantId" UUID NOT NULL,
    "timeZone" TEXT NOT NULL,
    "serviceLevelSeconds" INTEGER NOT NULL,
    "coveredFrom" DATE NOT NULL,
    "coveredTo" DATE NOT NULL,
    "refreshedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ReportRollupState_pkey" PRIMARY KEY ("tenantId")
);

-- CreateIndex
CREATE INDEX "ReportCallDay_tenantId_day_idx" ON "ReportCallDay"("tenantId", "day");

-- CreateIndex
CREATE INDEX "ReportCallHour_tenantId_day_idx" ON "ReportCallHour"("tenantId", "day");

-- CreateIndex
CREATE INDEX "CallEvent_occurredAt_idx" ON "CallEvent"("occurredAt");

-- CreateIndex
CREATE INDEX "FormSession_updatedAt_idx" ON "FormSession"("updatedAt");

-- AddForeignKey
ALTER TABLE "ReportCallDay" ADD CONSTRAINT "ReportCallDay_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportCallHour" ADD CONSTRAINT "ReportCallHour_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportRollupState" ADD CONSTRAINT "ReportRollupState_tenantId_fkey" FOREIGN KEY ("tenantId") REFERENCES "Tenant"("id") ON DELETE CASCADE ON UPDATE CASCADE;
