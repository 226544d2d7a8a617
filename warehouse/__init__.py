"""The warehouse's SQL surface, shipped inside the package: schema/*.sql (tables and views, applied in name order),
schema/contract.toml (keys and references, checked before publishing) and queries/*.sql (example queries)."""
