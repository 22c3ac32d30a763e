# syntax=docker/dockerfile:1.7
# The web portal's image (the build context is the repository root):
#   docker build -f deploy/docker/portal.Dockerfile -t vetlink/portal:0.1.0 .
# Vite builds the static files; the final stage is node with the portal's own static server
# (services/portal/scripts/serve-dist.mjs: no dependencies), non-root (uid 10001). The gateway's public
# address is chosen where the image runs (PORTAL_API_BASE_URL, written into /runtime-config.js), not here.
ARG NODE_VERSION=20.20

FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.base.json ./
COPY libs/taxonomy/data/regions.json libs/taxonomy/data/regions.json
COPY services/portal services/portal
RUN npx vite build --config services/portal/vite.config.ts

FROM node:${NODE_VERSION}-bookworm-slim
LABEL org.opencontainers.image.title="vetlink-portal" org.opencontainers.image.licenses="Apache-2.0"
RUN groupadd --system --gid 10001 vetlink && useradd --system --uid 10001 --gid vetlink --no-create-home vetlink
WORKDIR /app
COPY --from=build /src/dist/portal ./dist/portal
COPY services/portal/scripts/serve-dist.mjs ./services/portal/scripts/serve-dist.mjs
ENV NODE_ENV=production \
    PORTAL_HOST=0.0.0.0 \
    PORTAL_PORT=8080 \
    PORTAL_DIST=/app/dist/portal
USER 10001:10001
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORTAL_PORT||8080)+'/health/live').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
ENTRYPOINT ["node"]
CMD ["services/portal/scripts/serve-dist.mjs"]
