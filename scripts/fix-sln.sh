#!/usr/bin/env bash
# Re-adds every project to Intranet.sln (used after merges touch the solution file).
set -euo pipefail
cd "$(dirname "$0")/.."
projects=$(find src themes tests bench -name '*.csproj' 2>/dev/null | sort)
dotnet sln Intranet.sln add $projects >/dev/null
