module example.com/ngtestdemo

go 1.22
