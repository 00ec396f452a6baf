# syntax=docker/dockerfile:1.7
# One image for all six services; APP picks which one runs. The `transcription` target adds the
# speech tools that service needs (ffmpeg, PocketSphinx). Node's major is the one .ci/run tests
# (test/deploy checks they agree).

FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json nest-cli.json ./
COPY apps ./apps
COPY libs ./libs
COPY scripts ./scripts
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:24-bookworm-slim AS runtime
ENV NODE_ENV=production \
    CALLSIGHT_STORAGE_DIR=/var/lib/callsight/audio
WORKDIR /app
RUN groupadd --system --gid 10001 callsight \
 && useradd --system --uid 10001 --gid callsight --home-dir /app --shell /usr/sbin/nologin callsight \
 && mkdir -p /var/lib/callsight/audio \
 && chown -R callsight:callsight /var/lib/callsight
COPY --from=build --chown=callsight:callsight /app/node_modules ./node_modules
COPY --from=build --chown=callsight:callsight /app/dist ./dist
COPY --chown=callsight:callsight package.json ./
ARG APP=gateway
ENV APP=${APP}
USER 10001:10001
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["sh", "-c", "exec node dist/apps/${APP}/main.js"]

FROM runtime AS transcription
USER root
RUN apt-get update \
 && apt-get install -y --no-install-recommends ffmpeg pocketsphinx pocketsphinx-en-us \
 && rm -rf /var/lib/apt/lists/*
USER 10001:10001
ENV APP=transcription
