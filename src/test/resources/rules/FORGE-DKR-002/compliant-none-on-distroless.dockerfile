# path: docker/worker/Dockerfile
FROM golang:1.25-bookworm@sha256:3b4a11519ad929d1e1d261a12cff056f0c85b735253d7d861346b9c6f8b36437 AS compile
RUN CGO_ENABLED=0 go build -o /out/app .
FROM gcr.io/distroless/static-debian12:nonroot@sha256:afa5c872c891853ca7fcf1f12c3edb23f7eeef36189728842dd51042ff57f7ab AS runtime
COPY --from=compile /out/app /app
# No HEALTHCHECK: distroless has no shell and no HTTP client; the orchestrator probes /health.
HEALTHCHECK NONE
USER 65532:65532
ENTRYPOINT ["/app"]
