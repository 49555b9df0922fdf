# Beryl Dashboard. `make` lists the targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help

# Every runtime file (beryl.db, dashboard.db, ...) lives here.
export BERYL_DATA_DIR ?= $(CURDIR)/data
URL ?= http://localhost:5080
PROJECT := Beryl.Dashboard
# The dashboard's executable; arguments after `--` are its CLI commands.
APP := dotnet run --project $(PROJECT) --no-build --no-launch-profile --

.PHONY: help
help: ## List the targets
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*## "} {printf "  make %-22s %s\n", $$1, $$2}'

.PHONY: build
build: build-tools ## Restore and build everything
	dotnet build Beryl.Dashboard.sln

# The wrappers below run the app: they build it alone, not the tests and the benchmark.
.PHONY: build-app
build-app: build-tools
	@dotnet build $(PROJECT) --nologo -v quiet -clp:ErrorsOnly

.PHONY: build-tools
build-tools: ## Install npm (the build restores the chart library with it) when missing
	@scripts/ensure-tools.sh npm=npm

.PHONY: run
run: build-app ## Migrate, seed demo data when the database is empty, serve on http://localhost:5080
	$(APP) seed-demo --if-empty
	@echo "Serving on $(URL) (data in $(BERYL_DATA_DIR)); sign in as admin@beryl.local / beryl-demo"
	$(APP) --urls $(URL)

# PostgreSQL instead of SQLite (docs/ARCHITECTURE.md says when): a local server from Debian's packages.
PG_PORT ?= 5433
PG_DIR := $(BERYL_DATA_DIR)/pg
PG_DATABASE ?= beryl_dashboard

.PHONY: run-postgres
run-postgres: build-app ## The same on a local PostgreSQL (data in $BERYL_DATA_DIR/pg, 127.0.0.1:5433; installs it when missing)
	@scripts/postgres.sh start "$(PG_DIR)" $(PG_PORT)
	@export Database__Provider=postgres ConnectionStrings__Dashboard="$$(scripts/postgres.sh url "$(PG_DIR)" $(PG_PORT) $(PG_DATABASE))" && \
	  $(APP) seed-demo --if-empty && \
	  echo "Serving on $(URL) (PostgreSQL on 127.0.0.1:$(PG_PORT), database $(PG_DATABASE)); sign in as admin@beryl.local / beryl-demo" && \
	  $(APP) --urls $(URL)

.PHONY: stop-postgres
stop-postgres: ## Stop the local PostgreSQL of run-postgres
	scripts/postgres.sh stop "$(PG_DIR)"

.PHONY: test
test: build-tools test-tools ## Run every test, then the collector suite again on PostgreSQL (installs the tools the tests need); fails if they changed the tree
	scripts/unchanged-tree.sh dotnet test Beryl.Dashboard.sln
	BERYL_TEST_PROVIDER=postgres scripts/unchanged-tree.sh dotnet test Beryl.Dashboard.sln --no-build --filter "Category=Collector"

.PHONY: screenshots
screenshots: build-tools test-tools ## Refresh README's screenshots in docs/screenshots (the browser tests, saving what they see)
	BERYL_SCREENSHOTS=1 dotnet test Beryl.Dashboard.sln --filter "FullyQualifiedName~DashboardBrowserTests"

.PHONY: test-tools
test-tools: ## Install the tools the tests drive (needs root or sudo when missing)
	@scripts/ensure-tools.sh promtool=prometheus chromium=chromium '/usr/lib/postgresql/*/bin/initdb=postgresql'

.PHONY: collect-metrics
collect-metrics: build-app ## Collect today's metrics (DATE=YYYY-MM-DD for another day)
	$(APP) collect-daily-metrics --verbose $(if $(DATE),--date $(DATE))

.PHONY: collect-metrics-email
collect-metrics-email: build-app ## Collect today's metrics and mail the report
	$(APP) collect-daily-metrics --verbose --send-email $(if $(DATE),--date $(DATE))

.PHONY: view-metrics
view-metrics: build-app ## Show the latest report in the terminal (DATE=YYYY-MM-DD for another day)
	$(APP) view-metrics $(if $(DATE),--date $(DATE))

.PHONY: seed-demo
seed-demo: build-app ## Fill an empty database with demo data (DAYS=60 SEED=42)
	$(APP) seed-demo $(if $(DAYS),--days $(DAYS)) $(if $(SEED),--seed $(SEED))

.PHONY: export-grafana
export-grafana: build-app ## Regenerate docs/grafana/daily_metrics_dashboard.json from the metric catalog
	$(APP) export-grafana --output $(CURDIR)/docs/grafana/daily_metrics_dashboard.json

.PHONY: export-docs
export-docs: build-app ## Regenerate the metric reference in docs/METRICS.md from the metric catalog
	$(APP) export-docs --output $(CURDIR)/docs/METRICS.md

.PHONY: clean-data
clean-data: ## Delete the data folder (all snapshots and demo data, the local PostgreSQL's too)
	@if [ -f "$(PG_DIR)/cluster/postmaster.pid" ]; then scripts/postgres.sh stop "$(PG_DIR)"; fi
	rm -rf "$(BERYL_DATA_DIR)"

# The alert evaluation (docs/METRICS.md): the demo world with six injected incidents, in a temporary folder.
.PHONY: alerts-eval
alerts-eval: build-tools ## Measure the alerts: 200 simulated days, six incidents, alerts per ordinary day (about 4 minutes)
	dotnet build -c Release $(PROJECT)
	@mkdir -p .bench
	set -o pipefail; dotnet run --project $(PROJECT) -c Release --no-build --no-launch-profile -- evaluate-alerts $(EVAL_ARGS) 2>&1 | tee .bench/alerts-eval.log

# The benchmark (docs/PERFORMANCE.md). Datasets are kept in .bench/ between runs; its PostgreSQL runs in
# .bench/postgres (scripts/postgres.sh), started and stopped by the benchmark. BENCH_ARGS="--engine sqlite" for one engine.
BENCH := dotnet Beryl.Dashboard.Benchmark/bin/Release/net10.0/Beryl.Dashboard.Benchmark.dll

.PHONY: bench
bench: bench-tools ## Benchmark at Beryl's scale on SQLite, then PostgreSQL: collector vs naive vs floor, memory, report, backfill, HTTP (about an hour)
	dotnet build -c Release Beryl.Dashboard.Benchmark
	set -o pipefail; $(BENCH) $(BENCH_ARGS) 2>&1 | tee .bench/bench.log

.PHONY: bench-quick
bench-quick: bench-tools ## The same benchmark at a tenth of the size, wrk for 5 s per endpoint (about two minutes once built)
	dotnet build -c Release Beryl.Dashboard.Benchmark
	set -o pipefail; $(BENCH) --quick $(BENCH_ARGS) 2>&1 | tee .bench/bench-quick.log

.PHONY: bench-load
bench-load: bench-tools ## Only the load run at full size, on both engines: wrk 60 s, 32 connections on the page (signed in), Prometheus, /health
	dotnet build -c Release Beryl.Dashboard.Benchmark
	set -o pipefail; $(BENCH) --only-http $(BENCH_ARGS) 2>&1 | tee .bench/bench-load.log

.PHONY: bench-tools
bench-tools: ## Install wrk and PostgreSQL for the benchmark (needs root or sudo when missing)
	@scripts/ensure-tools.sh wrk=wrk '/usr/lib/postgresql/*/bin/initdb=postgresql'
	@mkdir -p .bench
