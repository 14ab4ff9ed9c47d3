FROM golang:1.22.5
COPY . /src
RUN cd /src && go build -o /out/app ./cmd/app # plumb-test:expect
RUN <<EOF # plumb-test:expect
set -e
cd /src/tools
go build ./...
EOF
USER 10001
