-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "EntityType" AS ENUM ('ALCALDIA', 'GOBERNACION', 'ESTABLECIMIENTO_PUBLICO', 'EMPRESA_SOCIAL_DEL_ESTADO', 'EMPRESA_INDUSTRIAL_Y_COMERCIAL', 'CONCEJO', 'PERSONERIA', 'CONTRALORIA', 'ASAMBLEA', 'OTRA');

-- CreateEnum
CREATE TYPE "MunicipalCategory" AS ENUM ('ESPECIAL', 'PRIMERA', 'SEGUNDA', 'TERCERA', 'CUARTA', 'QUINTA', 'SEXTA');

-- CreateEnum
CREATE TYPE "MemberRole" AS ENUM ('ADMIN', 'PLANEACION', 'RESPONSABLE', 'COMITE', 'CONTROL_INTERNO', 'LECTOR');

-- CreateTable
CREATE TABLE "entities" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "nit" VARCHAR(20) NOT NULL,
    "sigep_code" VARCHAR(20) NOT NULL,
    "type" "EntityType" NOT NULL,
    "department_code" VARCHAR(2) NOT NULL,
    "department_name" TEXT NOT NULL,
    "municipality_code" VARCHAR(5),
    "municipality_name" TEXT,
    "municipal_category" "MunicipalCategory",
    "peer_group" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "entities_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "users" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "password_hash" TEXT,
    "is_superadmin" BOOLEAN NOT NULL DEFAULT false,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "last_login_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "memberships" (
    "id" UUID NOT NULL,
    "entity_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "role" "MemberRole" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "memberships_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "advisor_territories" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "department_code" VARCHAR(2) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "advisor_territories_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "seed_runs" (
    "name" TEXT NOT NULL,
    "applied_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "seed_runs_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE UNIQUE INDEX "entities_nit_key" ON "entities"("nit");

-- CreateIndex
CREATE UNIQUE INDEX "entities_sigep_code_key" ON "entities"("sigep_code");

-- CreateIndex
CREATE INDEX "entities_department_code_idx" ON "entities"("department_code");

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE INDEX "memberships_user_id_idx" ON "memberships"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "memberships_entity_id_user_id_key" ON "memberships"("entity_id", "user_id");

-- CreateIndex
CREATE UNIQUE INDEX "advisor_territories_user_id_department_code_key" ON "advisor_territories"("user_id", "department_code");

-- AddForeignKey
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_entity_id_fkey" FOREIGN KEY ("entity_id") REFERENCES "entities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "advisor_territories" ADD CONSTRAINT "advisor_territories_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

