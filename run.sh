#!/usr/bin/env bash
# Runs the monthly batch on the shipped Etelä-Pohjanmaa sample: out/2025-10/ (reports, Excel, Parquet, data quality).
# Extra arguments are passed on, e.g. ./run.sh --lang sv
set -euo pipefail
cd "$(dirname "$0")"
exec dotnet run --project pipeline/Osmo.Analytics.Cli -c Release -- run --input data-samples/region --period 2025-10 --export-date 2025-11-05 --out out "$@"
