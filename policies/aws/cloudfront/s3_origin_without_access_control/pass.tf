terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

resource "aws_s3_bucket" "assets" {
  bucket = "example-site-assets"
}

resource "aws_cloudfront_origin_access_control" "assets" {
  name                              = "site-assets"
  origin_access_control_origin_type = "s3"
  signing_behavior                  = "always"
  signing_protocol                  = "sigv4"
}

resource "aws_cloudfront_origin_access_identity" "media" {
  comment = "media bucket"
}

resource "aws_cloudfront_distribution" "site" {
  enabled = true
  web_acl_id = "arn:aws:wafv2:us-east-1:111122223333:global/webacl/edge/0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9"
  origin {
    domain_name              = "example-site-assets.s3.eu-west-1.amazonaws.com"
    origin_id                = "primary"
    origin_access_control_id = aws_cloudfront_origin_access_control.assets.id
  }

  default_cache_behavior {
    target_origin_id       = "primary"
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  viewer_certificate {
    acm_certificate_arn      = "arn:aws:acm:us-east-1:111122223333:certificate/3e4f5a6b-7c8d-9e0f-1a2b-3c4d5e6f7081"
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2021"
  }
}

resource "aws_cloudfront_distribution" "media" {
  enabled = true
  web_acl_id = "arn:aws:wafv2:us-east-1:111122223333:global/webacl/edge/0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9"
  origin {
    domain_name = "example-media.s3.amazonaws.com"
    origin_id   = "primary"

    s3_origin_config {
      origin_access_identity = aws_cloudfront_origin_access_identity.media.cloudfront_access_identity_path
    }
  }

  default_cache_behavior {
    target_origin_id       = "primary"
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  viewer_certificate {
    acm_certificate_arn      = "arn:aws:acm:us-east-1:111122223333:certificate/3e4f5a6b-7c8d-9e0f-1a2b-3c4d5e6f7081"
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2021"
  }
}

# A website endpoint is a custom origin: origin access control does not apply.
resource "aws_cloudfront_distribution" "website" {
  enabled = true
  web_acl_id = "arn:aws:wafv2:us-east-1:111122223333:global/webacl/edge/0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9"
  origin {
    domain_name = "example-www.s3-website-eu-west-1.amazonaws.com"
    origin_id   = "primary"

    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "http-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }

  default_cache_behavior {
    target_origin_id       = "primary"
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  viewer_certificate {
    acm_certificate_arn      = "arn:aws:acm:us-east-1:111122223333:certificate/3e4f5a6b-7c8d-9e0f-1a2b-3c4d5e6f7081"
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2021"
  }
}

# The origin is another resource's attribute, unknown before apply: not judged.
resource "aws_cloudfront_distribution" "assets" {
  enabled = true
  web_acl_id = "arn:aws:wafv2:us-east-1:111122223333:global/webacl/edge/0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9"
  origin {
    domain_name = aws_s3_bucket.assets.bucket_regional_domain_name
    origin_id   = "primary"
  }

  default_cache_behavior {
    target_origin_id       = "primary"
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  viewer_certificate {
    acm_certificate_arn      = "arn:aws:acm:us-east-1:111122223333:certificate/3e4f5a6b-7c8d-9e0f-1a2b-3c4d5e6f7081"
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2021"
  }
}

