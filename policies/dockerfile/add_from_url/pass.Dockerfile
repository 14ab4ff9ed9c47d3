FROM debian:12-slim
# A checksum makes the download verifiable.
ADD --checksum=sha256:93dcc18adc78c65a028a84799ecf8ad40c936fdfc5f2a57b1acda5a8117fa82c \
    https://github.com/krallin/tini/releases/download/v0.19.0/tini /usr/local/bin/tini
# A Git source is cloned at a ref, and a local archive is extracted: neither is a plain download.
ADD https://github.com/example/config.git#v1.4.2 /etc/example/
ADD rootfs.tar.gz /
USER 10001
