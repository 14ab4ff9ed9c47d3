module "invoices" {
  source = "./modules/store"
  name   = "example-invoices"
}

module "exports" {
  source = "./modules/store"
  name   = "example-exports"
}

# Three instances of the module: the companion inside it is per instance too.
module "shards" {
  source = "./modules/store"
  count  = 3
  name   = "example-shard-${count.index}"
}

module "regional" {
  source   = "./modules/many"
  for_each = toset(["eu", "us"])
  prefix   = "example-${each.key}"
}
