#!/usr/bin/env bash
# Until the first production release the migrations are squashed into one Initial per provider.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf src/Intranet.Web/Data/Migrations
scripts/add-migration.sh Initial
