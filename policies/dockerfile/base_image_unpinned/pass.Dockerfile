ARG GO_VERSION=1.22.5

FROM golang:${GO_VERSION}-bookworm AS build
WORKDIR /src
COPY . .
RUN go build -o /out/app ./cmd/app

# An earlier stage and scratch are not registry images.
FROM build AS test
RUN go test ./...

# A digest pins the image even when the tag says latest.
FROM debian:latest@sha256:3f1d6c17773a45c97bd8f158d665c9709d7b29ed7917ac934086ad96f92e4510 AS certs
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*

FROM scratch
COPY --from=certs /etc/ssl/certs /etc/ssl/certs
COPY --from=build /out/app /app
USER 10001
ENTRYPOINT ["/app"]
