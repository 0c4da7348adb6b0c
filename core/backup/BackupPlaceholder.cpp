// replaced by the backup implementation
