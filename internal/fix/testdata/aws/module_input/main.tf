module "orders" {
  source            = "./modules/db"
  storage_encrypted = false # left over from a test setup
}
