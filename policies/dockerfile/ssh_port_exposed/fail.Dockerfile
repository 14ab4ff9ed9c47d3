FROM ubuntu:24.04
RUN apt-get update && apt-get install -y --no-install-recommends openssh-server && rm -rf /var/lib/apt/lists/*
EXPOSE 8080 22/tcp # plumb-test:expect
EXPOSE 20-25 # plumb-test:expect
USER 10001
CMD ["/usr/sbin/sshd", "-D"]
