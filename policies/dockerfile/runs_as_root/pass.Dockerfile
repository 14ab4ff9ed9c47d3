FROM alpine:3.20 AS base
RUN adduser -D -u 10001 app
USER root

# The final stage builds on base and switches to the unprivileged user.
FROM base
RUN apk add --no-cache tini
USER 10001:10001
ENTRYPOINT ["/sbin/tini", "--"]
