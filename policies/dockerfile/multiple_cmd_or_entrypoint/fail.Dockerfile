FROM python:3.12-slim
COPY app.py /srv/app.py
ENTRYPOINT ["python"] # plumb-test:expect
CMD ["/srv/app.py", "--debug"] # plumb-test:expect
CMD ["/srv/app.py"]
ENTRYPOINT ["python3", "-u"]
USER 10001
