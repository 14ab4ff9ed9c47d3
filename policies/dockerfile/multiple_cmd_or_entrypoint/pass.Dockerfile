FROM python:3.12-slim AS base
CMD ["python3"]

# Each stage has its own CMD: overriding the inherited one is what a stage is for.
FROM base
COPY app.py /srv/app.py
ENTRYPOINT ["python3", "-u"]
CMD ["/srv/app.py"]
USER 10001
