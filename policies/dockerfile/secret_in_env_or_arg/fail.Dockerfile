ARG NPM_TOKEN # plumb-test:expect
FROM node:20.15-alpine AS build
ARG NPM_TOKEN # plumb-test:expect
RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci && rm .npmrc

FROM node:20.15-alpine
ENV NODE_ENV=production DB_PASSWORD=correct-horse-battery-staple # plumb-test:expect
ENV STRIPE_API_KEY sk_test_4eC39HqLyjWDarjtT1zdp7dc # plumb-test:expect
ENV AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY # plumb-test:expect
USER node
