FROM ubuntu:24.04
RUN apt-get update && apt-get install -y --no-install-recommends sudo && rm -rf /var/lib/apt/lists/*
RUN useradd -m dev && echo "dev ALL=(ALL) NOPASSWD:ALL" > /etc/sudoers.d/dev
USER dev
RUN sudo mkdir -p /opt/app && sudo chown dev /opt/app # plumb-test:expect
RUN ["sudo", "-u", "root", "/usr/bin/touch", "/opt/ready"] # plumb-test:expect
