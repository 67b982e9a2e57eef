@echo off
rem Runs the monthly batch on the shipped Etela-Pohjanmaa sample: out\2025-10\ (reports, Excel, Parquet, data quality).
rem Extra arguments are passed on, e.g. run.cmd --lang sv
cd /d "%~dp0"
dotnet run --project pipeline\Osmo.Analytics.Cli -c Release -- run --input data-samples\region --period 2025-10 --export-date 2025-11-05 --out out %*
