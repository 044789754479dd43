"""The OpenAPI description (built from the routes, then completed in ordered steps), the rules
it documents for the middleware, the offline docs pages and the recorded examples."""
