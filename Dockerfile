# syntax=docker/dockerfile:1
FROM python:3.12-slim AS deps
COPY requirements.lock /tmp/requirements.lock
RUN python -m venv /opt/venv \
    && /opt/venv/bin/pip install --no-cache-dir -r /tmp/requirements.lock

FROM python:3.12-slim
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    DATABASE_URL=sqlite:////data/coalition-kb.db
RUN useradd --system --uid 10001 --no-create-home kb \
    && mkdir -p /data && chown kb /data
COPY --from=deps /opt/venv /opt/venv
WORKDIR /app
# Alembic reads migrations/ from the source tree, so the app runs from it (owned by root,
# read-only to the service user).
COPY pyproject.toml README.md alembic.ini ./
COPY migrations ./migrations
COPY app ./app
RUN pip install --no-cache-dir --no-deps -e .
USER 10001
EXPOSE 8000
VOLUME ["/data"]
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import urllib.request,sys; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=2).status != 200)"]
# The command `make run` uses: migrate, seed an empty database, serve.
CMD ["coalition-kb", "serve", "--host", "0.0.0.0", "--port", "8000"]
