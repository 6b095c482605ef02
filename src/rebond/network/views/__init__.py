"""Web views of the networking CRM, one module per area."""
