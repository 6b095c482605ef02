"""The network (C6): contacts as address books and the professional network export them,
informational interviews and keep-warm rules."""
