FROM nginx:1.27-alpine
COPY nginx.conf /etc/nginx/nginx.conf
COPY --chown=nginx:nginx site/ /usr/share/nginx/html/
# ADD for what only ADD does: extracting an archive, cloning a repository at a ref.
ADD vendor.tar.gz /opt/vendor/
ADD https://github.com/example/theme.git#v2.0.1 /usr/share/nginx/html/theme
USER nginx
