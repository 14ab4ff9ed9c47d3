FROM alpine:3.20
COPY --chmod=755 entrypoint.sh /entrypoint.sh
RUN mkdir -p /data /scratch && chown 10001 /data && chmod 0750 /data && chmod 1777 /scratch
RUN chmod u+rwx,go+rx /entrypoint.sh
USER 10001
ENTRYPOINT ["/entrypoint.sh"]
