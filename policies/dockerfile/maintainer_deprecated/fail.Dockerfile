FROM alpine:3.20
MAINTAINER Platform Team <platform@example.com> # plumb-test:expect
USER 10001
