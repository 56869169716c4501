# path: docker/api/Dockerfile
# expect-line: 5:1
# expect-line: 6:1
# expect-line: 7:1
FROM node:latest AS deps
FROM node:22-bookworm-slim AS build
FROM python@sha256:05cda9777409a9c3ffddd94a4c476b79f0769a0b4857f0c7ed9226b6800b0d6f AS runtime
USER 10001:10001
