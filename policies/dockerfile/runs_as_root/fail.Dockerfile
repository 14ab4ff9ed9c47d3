FROM python:3.12-slim AS base
RUN useradd --uid 10001 app

# The last stage never sets USER: it is reported at its FROM line.
FROM base AS runtime # plumb-test:expect
COPY app.py /srv/app.py
CMD ["python", "/srv/app.py"]
