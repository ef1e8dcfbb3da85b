# The API image: the server bundled once at build (src/start.mjs, as `npm start` does at every start).
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY tsconfig.json ./
COPY src ./src
COPY migrations ./migrations
# The document's examples and the problem types' words (GET /problems/{type}) are read at start.
COPY openapi ./openapi
COPY docs/errors.md ./docs/errors.md
RUN node src/start.mjs --build-only
USER node
ENV HOST=0.0.0.0 PORT=3000
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s CMD node -e "fetch('http://127.0.0.1:3000/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "--enable-source-maps", "dist/server.mjs"]
