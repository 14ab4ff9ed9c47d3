environment = "prod"

sites = {
  docs = {
    public = true
  }
  assets = {
    public     = false
    versioning = false
  }
}
