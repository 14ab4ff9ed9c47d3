FROM python:3.12-slim
COPY requirements.txt /tmp/
RUN pip install -r /tmp/requirements.txt # plumb-test:expect
RUN python3 -m pip install --upgrade gunicorn==22.0.0 # plumb-test:expect
USER 10001
