FROM node:20.15-alpine
WORKDIR app # plumb-test:expect
COPY . .
# Relative to the WORKDIR above, whose own problem is reported there.
WORKDIR src
USER node
