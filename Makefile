# The two commands of the README, and a few conveniences.
.PHONY: serve test bench lint messages fuzz

serve:
	@scripts/bootstrap
	@.venv/bin/rebond serve

test:
	@scripts/test

fuzz:
	@scripts/fuzz

bench:
	@scripts/bootstrap
	@.venv/bin/python bench/run_all.py

lint:
	@.venv/bin/ruff check src tests bench && .venv/bin/ruff format --check src tests bench

# Extract messages, fill French from .i18n/*.json hand-offs, compile (needs gettext).
messages:
	@cd src/rebond && ../../.venv/bin/python -m django makemessages -l fr -l en --no-location \
		--ignore "method/*" --ignore "*/tests/*" --settings=rebond.settings
	@.venv/bin/python scripts/po_fill.py src/rebond/locale/fr/LC_MESSAGES/django.po $$(ls .i18n/*.json 2>/dev/null)
	@cd src/rebond && ../../.venv/bin/python -m django compilemessages --settings=rebond.settings
