versioning = "Suspended" # paused during the migration
