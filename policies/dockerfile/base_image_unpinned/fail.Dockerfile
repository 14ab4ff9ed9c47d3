ARG PYTHON=python
ARG PYTHON_TAG=latest # plumb-test:expect

FROM golang AS build # plumb-test:expect
WORKDIR /src
COPY . .
RUN go build -o /out/app ./cmd/app

# The tag comes from an ARG default: the finding points at the ARG that chose it.
FROM ${PYTHON}:${PYTHON_TAG} AS docs
RUN pip install --no-cache-dir mkdocs

FROM docker.io/library/debian:latest # plumb-test:expect
COPY --from=build /out/app /usr/local/bin/app
USER 10001
ENTRYPOINT ["app"]
