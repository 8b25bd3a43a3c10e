# syntax=docker/dockerfile:1
# Gigfolio on Fly.io: Node 20 + SQLite replicated by LiteFS.

# ---- build: dev dependencies, native modules (argon2, better-sqlite3), Vite + esbuild ----
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update -y && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
# patches/: small fixes to dependencies, applied by patch-package on install (decision 014).
COPY package.json package-lock.json ./
COPY patches ./patches
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# ---- production dependencies only (compiled with the same toolchain) ----
FROM node:20-bookworm-slim AS deps
WORKDIR /app
RUN apt-get update -y && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
COPY patches ./patches
RUN npm ci --omit=dev --no-audit --no-fund

# ---- runtime ----
FROM node:20-bookworm-slim
WORKDIR /app
# fuse3 for the LiteFS mount, ca-certificates for Consul over TLS, sqlite3 for debugging and backups.
RUN apt-get update -y && apt-get install -y --no-install-recommends fuse3 ca-certificates sqlite3 && rm -rf /var/lib/apt/lists/*
COPY --from=flyio/litefs:0.5 /usr/local/bin/litefs /usr/local/bin/litefs

# NODE_OPTIONS bounds the V8 heap: live data is about 60 MB under load, but without a cap V8 grows
# the heap lazily towards 200+ MB (docs/performance.md). A 32 MB young generation halves the
# scavenges of a server that allocates about a megabyte per page (decision 020).
ENV NODE_ENV=production \
    PORT=3000 \
    DATABASE_PATH=/litefs/gigfolio.db \
    LITEFS_DIR=/litefs \
    SEED_DEMO=false \
    NODE_OPTIONS="--max-old-space-size=256 --max-semi-space-size=32"

COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/build ./build
COPY package.json package-lock.json ./
COPY drizzle ./drizzle
COPY public ./public
COPY litefs.yml /etc/litefs.yml

# LiteFS mounts /litefs, takes (or follows) the lease, runs migrations on candidates, then starts
# the app behind its proxy on :8080. It runs as root, as LiteFS recommends.
ENTRYPOINT ["litefs", "mount"]
