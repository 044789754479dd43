"""The /keys resource: API keys listed, created and revoked by an admin (the keys themselves and
the authentication dependencies are in app/auth)."""
