FROM debian:12-slim
ADD https://github.com/krallin/tini/releases/download/v0.19.0/tini /usr/local/bin/tini # plumb-test:expect
ADD --chmod=0755 http://downloads.example.com/tools/healthcheck.sh /usr/local/bin/ # plumb-test:expect
USER 10001
