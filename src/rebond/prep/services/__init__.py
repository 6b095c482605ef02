"""Use cases of interview preparation (C7), one module per part, shared by web, API and CLI."""
