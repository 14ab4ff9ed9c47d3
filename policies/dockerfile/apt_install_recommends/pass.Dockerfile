FROM debian:12-slim
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl ca-certificates \
    && rm -rf /var/lib/apt/lists/*
RUN apt-get update && apt-get -o APT::Install-Recommends=false install -y git && rm -rf /var/lib/apt/lists/*
# Mentioning apt-get install in a message is not running it.
RUN echo "apt-get install is done"
USER 10001
