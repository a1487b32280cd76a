#!/usr/bin/env bash
# Adds an EF migration for both providers: scripts/add-migration.sh <Name>
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?usage: scripts/add-migration.sh <Name>}"
dotnet tool restore >/dev/null
dotnet ef migrations add "$name" --project src/Intranet.Web --context SqliteIntranetDbContext -o Data/Migrations/Sqlite
dotnet ef migrations add "$name" --project src/Intranet.Web --context PostgresIntranetDbContext -o Data/Migrations/Postgres
