# path: docker/api/Dockerfile
FROM python:3.12-slim@sha256:05cda9777409a9c3ffddd94a4c476b79f0769a0b4857f0c7ed9226b6800b0d6f AS wheels
RUN pip wheel --wheel-dir /wheels -r requirements.txt
FROM wheels AS test
FROM python:3.12-slim@sha256:05cda9777409a9c3ffddd94a4c476b79f0769a0b4857f0c7ed9226b6800b0d6f AS runtime
COPY --from=wheels /wheels /wheels
HEALTHCHECK NONE
USER 10001:10001
