buckets = {
  logs = {
    acl = "log-delivery-write"
  }
  public = {
    acl        = "public-read"
    versioning = false
  }
}
