/**
 * {@code forge verify}: Terraform itself as the validator, offline. Runs the real {@code terraform init},
 * {@code validate} and {@code plan -refresh=false} over generated roots, with a schema-serving provider plugin
 * (tools/tf-provider) installed from a filesystem mirror named in a generated {@code TF_CLI_CONFIG_FILE}: no
 * registry, no network, no credentials. Depends only on diag and util: it reads output folders, not the model.
 */
package dev.forge.verify;
