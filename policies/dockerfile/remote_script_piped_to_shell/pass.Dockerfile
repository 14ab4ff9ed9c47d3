FROM ubuntu:24.04
RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates && rm -rf /var/lib/apt/lists/*
# Downloaded to a file and verified before it runs.
RUN curl -fsSLo /tmp/install.sh https://get.example.dev/install.sh \
    && echo "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d  /tmp/install.sh" | sha256sum -c - \
    && sh /tmp/install.sh --yes \
    && rm /tmp/install.sh
# Piping a download into a non-interpreter is fine.
RUN curl -fsSL https://example.com/key.asc | gpg --dearmor -o /usr/share/keyrings/example.gpg
USER 10001
