FROM golang:1.22.5
COPY . /src
WORKDIR /src
RUN go build -o /out/app ./cmd/app
RUN (cd tools && go build ./...) && go vet ./...
RUN echo "cd is a command" > /dev/null
USER 10001
