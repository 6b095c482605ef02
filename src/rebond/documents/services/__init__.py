"""Use cases of the CV and personal-brand app (C8), shared by views, API and CLI."""
