FROM debian:12-slim AS build
# A builder stage does not ship: its lists are not reported.
RUN apt-get update && apt-get install -y --no-install-recommends build-essential

FROM debian:12-slim
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates # plumb-test:expect
RUN apt-get update && apt-get install -y --no-install-recommends curl && apt-get clean # plumb-test:expect
USER 10001
