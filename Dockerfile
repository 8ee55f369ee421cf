# The app service of docker-compose.yml: the explorer and its API. It reaches the neo4j service
# (NEO4J_URI), so it needs no Java. The browser app is built in a first stage, with the dev dependencies;
# the image that runs holds the production dependencies, the server's code and the built app only, and
# runs as an unprivileged user.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
# tsx is a production dependency: the server runs its TypeScript as it is.
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY tsconfig.json ./
COPY cypher ./cypher
COPY db ./db
COPY ingest ./ingest
COPY samples ./samples
COPY web/server ./web/server
COPY web/shared ./web/shared
COPY --from=build /app/web/dist ./web/dist
USER node
EXPOSE 8080
# Healthy when the explorer answers and reaches Neo4j (/api/health answers 503 while Neo4j is away).
HEALTHCHECK --interval=10s --timeout=5s --start-period=180s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:8080/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node itself, not npm: it gets SIGTERM from `docker stop` and closes cleanly.
CMD ["node", "--import", "tsx", "web/server/main.ts"]
