"""The HTTP edge: ASGI middleware (request ids, security headers, logs, URL and body guards,
rate limits), CORS, the response cache and conditional GET. Above app/core, below the domains'
routers only through the dependencies and helpers they import (validators, caching)."""
