FROM node:20.15-alpine AS build
# The token comes from a BuildKit secret mount, never from ARG or ENV.
RUN --mount=type=secret,id=npm_token \
    NPM_TOKEN="$(cat /run/secrets/npm_token)" npm ci

FROM node:20.15-alpine
# A variable that points at a secret file is not the secret.
ENV NODE_ENV=production DB_PASSWORD_FILE=/run/secrets/db_password TOKEN_URL=https://auth.example.com/token
ENV SESSION_SECRET=
USER node
