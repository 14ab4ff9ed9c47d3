FROM node:20.15-alpine@sha256:2d07db07a2df6830718ae2a47db6fedce6745f5bcd174c398f2acdda90a11c03 AS build
WORKDIR /app
COPY . .
RUN npm ci && npm run build

FROM build AS test
RUN npm test

FROM registry.example.com:5000/base/nginx@sha256:0a3d4c3f9d4b8a51a3e2c57f4d8c0bd0a8cd3c3b0d6a2e1c0a9f8e7d6c5b4a39
COPY --from=build /app/dist /usr/share/nginx/html
USER nginx
