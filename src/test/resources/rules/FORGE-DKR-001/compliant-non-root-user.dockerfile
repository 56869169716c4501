# path: docker/web/Dockerfile
FROM node:20.11.1-alpine AS build
RUN npm ci
FROM node:20.11.1-alpine
COPY --from=build /app /app
USER 10001
CMD ["node", "/app/server.js"]
