FROM ubuntu:24.04
RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates && rm -rf /var/lib/apt/lists/*
RUN curl -fsSL https://deb.nodesource.com/setup_20.x | bash - # plumb-test:expect
RUN wget -qO- https://get.example.dev/install.sh | sudo -E sh -s -- --yes # plumb-test:expect
RUN sh -c "$(curl -fsSL https://raw.githubusercontent.com/example/tool/main/install.sh)" # plumb-test:expect
RUN curl -sSL https://install.python-poetry.org | python3 - # plumb-test:expect
USER 10001
