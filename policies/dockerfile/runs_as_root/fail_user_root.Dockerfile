FROM alpine:3.20 AS build
USER 10001
RUN echo built > /tmp/out

FROM build
USER app
RUN echo configuring
USER root # plumb-test:expect
ENTRYPOINT ["/bin/sh"]
