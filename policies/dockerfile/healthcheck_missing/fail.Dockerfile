FROM golang:1.22.5 AS build
HEALTHCHECK CMD ["true"]
RUN go build -o /app .

# A healthcheck in a stage the final one does not build on does not count.
FROM gcr.io/distroless/static-debian12:nonroot # plumb-test:expect
COPY --from=build /app /app
USER nonroot
ENTRYPOINT ["/app"]
