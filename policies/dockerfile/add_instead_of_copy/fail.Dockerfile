FROM nginx:1.27-alpine
ADD nginx.conf /etc/nginx/nginx.conf # plumb-test:expect
ADD --chown=nginx:nginx site/ assets/ /usr/share/nginx/html/ # plumb-test:expect
ADD vendor.tar.gz /opt/vendor/
USER nginx
