FROM ubuntu:24.04
RUN useradd -m dev && mkdir -p /opt/app && chown dev /opt/app
USER dev
# Talking about sudo is not using it.
RUN echo "no sudo here" > /opt/app/README
