FROM alpine:3.20
RUN apk update && apk add curl # plumb-test:expect
RUN apk add --update --virtual .build-deps gcc musl-dev # plumb-test:expect
USER 10001
