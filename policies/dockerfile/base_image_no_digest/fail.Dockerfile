FROM node:20.15-alpine AS build # plumb-test:expect
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM --platform=linux/amd64 registry.example.com:5000/base/nginx:1.27 # plumb-test:expect
COPY --from=build /app/dist /usr/share/nginx/html
USER nginx
