FROM alpine:3.20 AS base
RUN adduser -D -u 10001 app
USER app

# USER is inherited from the stage this one builds on.
FROM base
COPY run.sh /run.sh
ENTRYPOINT ["/run.sh"]
