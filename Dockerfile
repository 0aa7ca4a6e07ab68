# The tutor as a container: Slack, Discord or both, per the environment (see .env.example).
# Not built on the development machines (no Docker engine there); kept simple so it can be
# checked by reading. Stores: DATABASE_URL (PostgreSQL, for several instances) or SQLite in /data.

# --- build: install production dependencies (better-sqlite3 compiles here if no prebuilt binary fits)
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

# --- run: the code, the dependencies, no compilers, not root
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production DATA_DIR=/data DASHBOARD_PORT=8080
COPY --from=build /app/node_modules ./node_modules
COPY package.json ./
COPY src ./src
COPY adapters ./adapters
COPY knowledge ./knowledge
RUN mkdir -p /data && chown node:node /data
VOLUME /data
USER node
EXPOSE 3000 8080
# /healthz on DASHBOARD_PORT (the dashboard's server); node's own fetch, so the image needs no curl.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:' + (process.env.DASHBOARD_PORT || 8080) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "--v8-pool-size=1", "--import", "tsx", "adapters/start.ts"]
