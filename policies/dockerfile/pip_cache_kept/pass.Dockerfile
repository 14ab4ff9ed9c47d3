FROM python:3.12-slim AS build
# A builder stage's cache does not ship.
RUN pip wheel --wheel-dir /wheels flask==3.0.3 && pip install flask==3.0.3

FROM python:3.12-slim
RUN pip install --no-cache-dir gunicorn==22.0.0
RUN --mount=type=cache,target=/root/.cache/pip pip install flask==3.0.3
ENV PIP_NO_CACHE_DIR=1
RUN pip3 install requests==2.32.3
USER 10001
