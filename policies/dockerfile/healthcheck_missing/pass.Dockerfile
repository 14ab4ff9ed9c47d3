FROM nginx:1.27-alpine AS web
HEALTHCHECK --interval=30s --timeout=3s --retries=3 CMD wget -qO- http://127.0.0.1/healthz || exit 1

# Inherited from the stage it builds on.
FROM web
COPY site/ /usr/share/nginx/html/
USER nginx
