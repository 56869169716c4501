# path: docker/web/Dockerfile
# expect-line: 5:1
FROM node:20.11.1-alpine AS build
USER node
FROM node:20.11.1-alpine
COPY --from=build /app /app
CMD ["node", "/app/server.js"]
