ARG APP_DIR=/srv/app
FROM node:20.15-alpine AS base
ARG APP_DIR
WORKDIR ${APP_DIR}

FROM base
# Relative to the absolute WORKDIR inherited from base: /srv/app/src.
WORKDIR src
USER node
