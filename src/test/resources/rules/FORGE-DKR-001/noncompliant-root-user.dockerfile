# path: docker/web/Dockerfile
# expect-line: 5:1
FROM node:20.11.1-alpine
COPY . /app
USER root
CMD ["node", "/app/server.js"]
