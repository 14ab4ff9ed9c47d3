FROM debian:12-slim
RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/* # plumb-test:expect
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install --no-install-recommends -y ca-certificates \
    && rm -rf /var/lib/apt/lists/*
RUN set -eux; apt-get update; sudo apt-get -y install git; rm -rf /var/lib/apt/lists/* # plumb-test:expect
USER 10001
