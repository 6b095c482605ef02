# The two commands of the README, and a few conveniences.
.PHONY: serve test bench lint messages

serve:
	@scripts/bootstrap
	@.venv/bin/rebond serve

test:
	@scripts/test

bench:
	@scripts/bootstrap
	@.venv/bin/python bench/run_all.py

lint:
	@.venv/bin/ruff check src tests bench && .venv/bin/ruff format --check src tests bench

messages:
	@cd src/rebond && ../../.venv/bin/python -m django makemessages -l fr -l en --settings=rebond.settings && ../../.venv/bin/python -m django compilemessages --settings=rebond.settings
