module example.dev/catalog

go 1.25
