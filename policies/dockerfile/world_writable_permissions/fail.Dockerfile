FROM alpine:3.20
COPY --chmod=777 entrypoint.sh /entrypoint.sh # plumb-test:expect
RUN mkdir -p /data && chmod -R 0777 /data # plumb-test:expect
RUN chmod a+rwx /var/log/app # plumb-test:expect
RUN chmod u+x,o+w /etc/app.conf # plumb-test:expect
USER 10001
ENTRYPOINT ["/entrypoint.sh"]
