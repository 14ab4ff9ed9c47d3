FROM alpine:3.20
COPY job.sh /job.sh
# A one-shot job: no healthcheck, said explicitly.
HEALTHCHECK NONE
USER 10001
ENTRYPOINT ["/job.sh"]
